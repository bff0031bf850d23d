package org.labcanvas.app.ui.shell;

import org.labcanvas.app.ui.export.PngExport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.labcanvas.model.edit.PaletteItem;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Mouse gestures on the designer window, in canvas units, for the UI tests. */
public final class DesignerRobot {
    private final FxRobot robot;
    private final DesignerWindow window;

    DesignerRobot(FxRobot robot, DesignerWindow window) {
        this.robot = robot;
        this.window = window;
    }

    private Point2D screen(double x, double y) {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> window.canvas().toScreen(x, y));
    }

    private Point2D device(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> window.canvas().deviceOnScreen(name));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drags a palette item and drops it at a canvas position. */
    void dropFromPalette(PaletteItem item, double x, double y) {
        Node source = robot.lookup("#palette-" + item.name()).query();
        robot.drag(source, MouseButton.PRIMARY).dropTo(screen(x, y));
        WaitForAsyncUtils.waitForFxEvents();
    }

    void clickDevice(String name) {
        robot.clickOn(device(name));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects {@code a}, drags from its link handle onto {@code b} and accepts the suggested interfaces. */
    void link(String a, String b) {
        clickDevice(a);
        Point2D handle = onFx(() -> window.canvas().handleOnScreen(a));
        robot.drag(handle, MouseButton.PRIMARY).dropTo(device(b));
        try {
            answer(robot, shownDialog(robot), javafx.scene.control.ButtonType.OK);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no interface dialog after linking " + a + " to " + b, e);
        }
    }

    /** Moves a device by dragging it. */
    void dragDevice(String name, double dx, double dy) {
        Point2D from = device(name);
        double scale = window.canvas().zoom();
        robot.drag(from, MouseButton.PRIMARY).dropTo(new Point2D(from.getX() + dx * scale, from.getY() + dy * scale));
        WaitForAsyncUtils.waitForFxEvents();
    }

    void click(String query) {
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The dialog that is showing, once its window is on screen and laid out. A dialog's pane joins the scene graph
     * before its window shows; clicking its buttons by text before that finds nodes that are not visible yet.
     */
    public static javafx.scene.control.DialogPane shownDialog(FxRobot robot) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery()
                .<Boolean>map(p -> p.getScene() != null && p.getScene().getWindow() != null && p.getScene().getWindow().isShowing()
                        && p.getLayoutBounds().getHeight() > 0)
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
    }

    /** Clicks {@code button} of a shown dialog, then waits for the dialog to close. */
    public static void answer(FxRobot robot, javafx.scene.control.DialogPane pane, javafx.scene.control.ButtonType button)
            throws java.util.concurrent.TimeoutException {
        Node node = pane.lookupButton(button);
        if (node == null) {
            throw new IllegalStateException("the dialog has no " + button.getText() + " button");
        }
        javafx.stage.Window dialog = pane.getScene().getWindow();
        robot.clickOn(node);
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> !dialog.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Saves a picture of the window, for looking at what a test did. */
    static void snapshot(Stage stage, Path file) {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage img = onFx(
                () -> PngExport.toBuffered(stage.getScene().snapshot(null)));
        try {
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
