package org.labcanvas.app.ui.canvas;

import org.labcanvas.model.edit.ConnectSpokeToHub;
import javafx.scene.control.ContextMenu;
import org.labcanvas.model.topology.Device;
import javafx.util.Duration;
import javafx.scene.canvas.GraphicsContext;
import org.labcanvas.model.edit.HubTunnel;
import org.labcanvas.model.layout.Layout;
import org.labcanvas.model.topology.Link;
import java.util.LinkedHashMap;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import org.labcanvas.model.edit.RemoveLink;
import org.labcanvas.model.topology.RouterRole;
import java.util.Set;
import java.util.TreeMap;
import javafx.stage.Window;
import org.labcanvas.app.ui.shell.DesignerViewModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.labcanvas.model.edit.PaletteItem;
import org.labcanvas.model.layout.Placement;
import org.labcanvas.model.project.Project;

/**
 * The editing canvas: draws the design on one {@link Canvas} the size of the view from the tiles of
 * a {@link DesignLayer} (rendered by {@link DesignPainter} once, only where visible, from geometry
 * cached in a {@link CanvasModel}; a frame renders missing tiles for at most
 * {@link #FRAME_BUDGET_NANOS} and continues in the next frames), with the selection, badges and
 * gesture feedback drawn over them, and turns mouse gestures into view-model calls:
 *
 * <ul>
 *   <li>press on a device selects it (shift toggles) and dragging moves the selection;</li>
 *   <li>press on empty canvas and drag draws a rubber band (shift adds to the selection);</li>
 *   <li>drag from the round handle of a selected device to another device links them, after
 *       {@code linkChooser} has picked the interfaces;</li>
 *   <li>middle button or space+drag pans, Ctrl+wheel zooms at the pointer, wheel scrolls;</li>
 *   <li>a palette item dropped on the canvas (a full press-drag-release gesture) creates a device.</li>
 * </ul>
 */
public final class CanvasView extends Region {
    /** Picks the interfaces for a new cable: given the project and the two devices, the two interface names (null for a LAN/Internet end), or empty to cancel. */
    public interface LinkChooser {
        Optional<String[]> choose(Project project, String a, String b);
    }

    private final DesignerViewModel vm;
    private final Canvas canvas = new Canvas();
    private CanvasModel model;
    private Viewport viewport = Viewport.IDENTITY;
    private StateOverlay overlay;
    private Function<String, List<MenuItem>> contextItems;
    private boolean fitPending = true;
    private LinkChooser linkChooser;
    private boolean spaceDown;

    private enum Gesture { NONE, MOVE, RUBBER, PAN, LINK }

    private Gesture gesture = Gesture.NONE;
    private Point2D pressWorld;
    private Point2D pressScreen;
    private Point2D currentWorld;
    private String linkSource;
    private CanvasModel preview;
    /**
     * The devices a drag moves, while it runs: the frames draw the design without them from the
     * tiles, and them and their lines from {@link #preview} over the tiles.
     */
    private Set<String> dragging;
    private boolean repaintQueued;
    /** The design rendered to tiles, copied, moved or scaled to draw a frame. */
    private final DesignLayer layer = new DesignLayer();
    /** A pan or zoom is under way: frames may show tiles of the nearest zoom level, scaled. */
    private boolean moving;
    /** Fractions of a device pixel of scroll-wheel panning not applied yet (pans move by whole pixels). */
    private double panRestX;
    private double panRestY;
    /**
     * How long a frame may spend rendering tiles before it draws what it has (a tile that was
     * started is finished). With copying the tiles, a frame stays within about 30 ms on a software
     * renderer.
     */
    static final long FRAME_BUDGET_NANOS = 12_000_000;
    /** After the last pan or zoom step, how long the view waits before drawing the design exactly again. */
    static final Duration SETTLE = Duration.millis(180);
    private final PauseTransition settleTimer = new PauseTransition(SETTLE);

    public CanvasView(DesignerViewModel vm, LinkChooser linkChooser) {
        this.vm = vm;
        this.linkChooser = linkChooser;
        setId("canvas");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(200, 150);
        model = new CanvasModel(vm.project());
        settleTimer.setOnFinished(e -> settle());
        sceneProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.removePreLayoutPulseListener(pulsePaint);
            }
            if (b != null) {
                b.addPreLayoutPulseListener(pulsePaint);
            }
        });
        vm.projectProperty().addListener((o, a, b) -> {
            model = new CanvasModel(b, model);
            preview = null;
            dragging = null;
            repaint();
        });
        vm.selectionProperty().addListener((o, a, b) -> repaint());
        vm.badgesProperty().addListener((o, a, b) -> repaint());
        widthProperty().addListener((o, a, b) -> resized());
        heightProperty().addListener((o, a, b) -> resized());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, this::paletteDropped);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        setOnContextMenuRequested(e -> {
            Point2D world = viewport.toWorld(e.getX(), e.getY());
            String hit = model.deviceAt(world.getX(), world.getY());
            if (hit != null) {
                if (!vm.selection().contains(hit)) {
                    vm.select(List.of(hit), false);
                }
                contextMenu(hit).show(this, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }

    /** Right-click on a device: delete, duplicate, tunnel a spoke to a hub, disconnect a cable. */
    public ContextMenu contextMenu(String device) {
        ContextMenu menu = new ContextMenu();
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> vm.deleteSelection());
        MenuItem duplicate = new MenuItem("Duplicate");
        duplicate.setOnAction(e -> vm.duplicateSelection());
        menu.getItems().addAll(delete, duplicate);
        Project p = vm.project();
        Device d = p.topology().require(device);
        if (d.role() == RouterRole.SPOKE) {
            Menu tunnel = new Menu("Add Tunnel to Hub");
            for (Device h : p.topology().devices()) {
                if (HubTunnel.of(h).isPresent()) {
                    MenuItem item = new MenuItem(h.name());
                    item.setOnAction(e -> vm.execute(new ConnectSpokeToHub(device, h.name())));
                    tunnel.getItems().add(item);
                }
            }
            tunnel.setDisable(tunnel.getItems().isEmpty());
            menu.getItems().add(tunnel);
        }
        Menu disconnect = new Menu("Disconnect");
        for (Link l : p.topology().links()) {
            if (l.touches(device)) {
                MenuItem item = new MenuItem(l.toString());
                item.setOnAction(e -> vm.execute(new RemoveLink(l)));
                disconnect.getItems().add(item);
            }
        }
        disconnect.setDisable(disconnect.getItems().isEmpty());
        menu.getItems().add(disconnect);
        List<MenuItem> more = contextItems == null ? List.of() : contextItems.apply(device);
        if (!more.isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().addAll(more);
        }
        return menu;
    }

    /** Items another mode adds to a device's context menu (the simulation's failures); null: none. */
    public void setContextItems(Function<String, List<MenuItem>> items) {
        this.contextItems = items;
    }

    public void setLinkChooser(LinkChooser chooser) {
        this.linkChooser = chooser;
    }

    /** Space held: dragging pans. */
    public void setSpaceDown(boolean down) {
        spaceDown = down;
    }

    Viewport viewport() {
        return viewport;
    }

    public void setViewport(Viewport v) {
        viewport = v;
        fitPending = false;
        repaint();
    }

    /**
     * One step of a pan or zoom gesture: the view changes at once, drawn from the tiles there are
     * (while zooming, those of the nearest zoom level, scaled), and the view at exactly its scale
     * follows when no step has come for {@link #SETTLE}.
     */
    void moveViewport(Viewport v) {
        moving = true;
        viewport = v;
        fitPending = false;
        if (getScene() != null) {
            settleTimer.playFromStart();
        }
        repaint();
    }

    /** The pan or zoom is over: draws the design at exactly the view's scale (called by the idle timer, and by tests). */
    void settle() {
        settleTimer.stop();
        if (moving) {
            moving = false;
            repaint();
        }
    }

    /** The tiles of the design (tests check that panning reuses them). */
    DesignLayer layer() {
        return layer;
    }

    /** Draws {@code p} instead of the design until called with null (auto-layout animation). */
    public void showPreview(Project p) {
        preview = p == null ? null : new CanvasModel(p, model);
        dragging = null;
        repaint();
    }

    CanvasModel model() {
        return model;
    }

    /** Screen coordinates of a canvas point, for tests and tool tips. */
    public Point2D toScreen(double x, double y) {
        Point2D local = viewport.toScreen(x, y);
        return localToScreen(local);
    }

    /** The device drawn at ({@code x}, {@code y}) in this view's own coordinates, or null. */
    public String deviceAtLocal(double x, double y) {
        Point2D world = viewport.toWorld(x, y);
        return model.deviceAt(world.getX(), world.getY());
    }

    /** Screen coordinates of a device's centre. */
    public Point2D deviceOnScreen(String name) {
        Point2D c = model.centre(name);
        return c == null ? null : toScreen(c.getX(), c.getY());
    }

    /** Screen coordinates of the link handle of a (selected) device. */
    public Point2D handleOnScreen(String name) {
        Point2D h = DesignPainter.linkHandle(model.bounds.get(name));
        return toScreen(h.getX(), h.getY());
    }

    public void zoomIn() {
        setViewport(viewport.zoomedAt(1.25, getWidth() / 2, getHeight() / 2));
    }

    public void zoomOut() {
        setViewport(viewport.zoomedAt(0.8, getWidth() / 2, getHeight() / 2));
    }

    public void zoomToFit() {
        setViewport(Viewport.fit(model.extent(), getWidth(), getHeight(), 40));
    }

    public double zoom() {
        return viewport.scale();
    }

    private void resized() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(Math.max(1, getHeight()));
        if (fitPending && getWidth() > 10 && getHeight() > 10) {
            viewport = Viewport.fit(model.extent(), getWidth(), getHeight(), 40);
            if (viewport.scale() > 1) {
                viewport = viewport.zoomedAt(1 / viewport.scale(), getWidth() / 2, getHeight() / 2);
            }
            fitPending = false;
        }
        paintNow();
    }

    /** Paints once per pulse, however many changes asked for it since the last one. */
    private final Runnable pulsePaint = () -> {
        if (repaintQueued) {
            repaintQueued = false;
            paintNow();
        }
    };

    /** Coalesces repaints into the next pulse: many mouse events between two frames cost one paint. */
    public void repaint() {
        if (getScene() == null) {
            paintNow();
            return;
        }
        if (!repaintQueued) {
            repaintQueued = true;
            Platform.requestNextPulse();
        }
    }

    /** Draws now. */
    void paintNow() {
        long t0 = System.nanoTime();
        CanvasModel m = preview != null ? preview : model;
        Bounds band = null;
        if (gesture == Gesture.RUBBER && pressWorld != null && currentWorld != null) {
            band = rect(pressWorld, currentWorld);
        }
        Point2D from = null;
        if (gesture == Gesture.LINK && linkSource != null) {
            from = model.centre(linkSource);
        }
        DesignPainter.Decorations deco = new DesignPainter.Decorations(vm.selection(), vm.badgesProperty().get(), band,
                from, gesture == Gesture.LINK ? currentWorld : null, vm.snapToGrid());
        double w = canvas.getWidth(), h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        boolean live = getScene() != null;
        if (preview != null && dragging == null) {
            DesignPainter.paint(g, m, viewport, w, h, deco);
            paintOverlay(g, m, w, h);
            return;
        }
        // Without a window (tests), every tile of the view now and nothing ahead.
        long deadline = live ? t0 + FRAME_BUDGET_NANOS : Long.MAX_VALUE;
        boolean more = preview != null
                ? layer.paintDragged(g, model, preview, dragging, viewport, w, h, deco.grid(), pixelScale(), !moving, deadline)
                : layer.paint(g, m, viewport, w, h, deco.grid(), pixelScale(), !moving, deadline, live);
        DesignPainter.paintDecorations(g, m, viewport, w, h, deco);
        paintOverlay(g, m, w, h);
        if (more && live && !repaintQueued) {
            repaintQueued = true;
            Platform.requestNextPulse();
        }
    }

    /** What is drawn over the design now; null when nothing is. */
    public StateOverlay stateOverlay() {
        return overlay;
    }

    /** Draws {@code overlay} (null: nothing) over the design from the next paint on. */
    public void setStateOverlay(StateOverlay overlay) {
        this.overlay = overlay;
        repaint();
    }

    private void paintOverlay(GraphicsContext g, CanvasModel m, double w, double h) {
        if (overlay != null) {
            g.save();
            overlay.paint(g, m, viewport, w, h);
            g.restore();
        }
    }

    /** Device pixels per logical pixel of the window (2 on a high-density screen). */
    private double pixelScale() {
        Window w = getScene() == null ? null : getScene().getWindow();
        return w == null ? 1 : Math.max(1, w.getRenderScaleX());
    }

    /** A pan by whole device pixels, so that the tiles of the view at rest stay usable. */
    private double wholePixels(double d) {
        double s = pixelScale();
        return Math.rint(d * s) / s;
    }

    @Override
    protected void layoutChildren() {
        canvas.relocate(0, 0);
    }

    // ------------------------------------------------------------ gestures

    private void pressed(MouseEvent e) {
        requestFocus();
        pressScreen = new Point2D(e.getX(), e.getY());
        pressWorld = viewport.toWorld(e.getX(), e.getY());
        currentWorld = pressWorld;
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.PRIMARY && spaceDown) {
            gesture = Gesture.PAN;
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            gesture = Gesture.NONE;
            return;
        }
        Optional<String> single = vm.selectedDevice();
        if (single.isPresent() && model.bounds.containsKey(single.get())) {
            Point2D h = DesignPainter.linkHandle(model.bounds.get(single.get()));
            if (h.distance(pressWorld) <= 9 / Math.min(1, viewport.scale())) {
                gesture = Gesture.LINK;
                linkSource = single.get();
                return;
            }
        }
        String hit = model.deviceAt(pressWorld.getX(), pressWorld.getY());
        if (hit != null) {
            if (e.isShiftDown()) {
                vm.select(List.of(hit), true);
                gesture = Gesture.NONE;
                return;
            }
            if (!vm.selection().contains(hit)) {
                vm.select(List.of(hit), false);
            }
            gesture = Gesture.MOVE;
            return;
        }
        if (!e.isShiftDown()) {
            vm.clearSelection();
        }
        gesture = Gesture.RUBBER;
    }

    private void dragged(MouseEvent e) {
        Point2D world = viewport.toWorld(e.getX(), e.getY());
        switch (gesture) {
            case PAN -> {
                double dx = wholePixels(e.getX() - pressScreen.getX()), dy = wholePixels(e.getY() - pressScreen.getY());
                pressScreen = new Point2D(pressScreen.getX() + dx, pressScreen.getY() + dy);
                moveViewport(viewport.pannedBy(dx, dy));
            }
            case MOVE -> {
                currentWorld = world;
                Map<String, Placement> to = new TreeMap<>();
                double dx = world.getX() - pressWorld.getX(), dy = world.getY() - pressWorld.getY();
                for (String n : vm.selection()) {
                    Placement p = model.placements.get(n);
                    if (p != null) {
                        to.put(n, p.movedBy(dx, dy));
                    }
                }
                Map<String, Placement> all = new LinkedHashMap<>(model.placements);
                all.putAll(to);
                preview = new CanvasModel(model.project.withLayout(new Layout(all)), model);
                dragging = Set.copyOf(to.keySet());
                repaint();
            }
            case RUBBER, LINK -> {
                currentWorld = world;
                repaint();
            }
            default -> { }
        }
    }

    private void released(MouseEvent e) {
        Point2D world = viewport.toWorld(e.getX(), e.getY());
        Gesture g = gesture;
        gesture = Gesture.NONE;
        preview = null;
        dragging = null;
        switch (g) {
            case PAN -> settle();
            case MOVE -> {
                double dx = world.getX() - pressWorld.getX(), dy = world.getY() - pressWorld.getY();
                if (Math.abs(dx) > 0.5 || Math.abs(dy) > 0.5) {
                    vm.moveSelection(dx, dy);
                }
            }
            case RUBBER -> {
                Bounds r = rect(pressWorld, world);
                if (r.getWidth() > 2 || r.getHeight() > 2) {
                    vm.select(model.devicesIn(r), e.isShiftDown());
                }
            }
            case LINK -> {
                String target = model.deviceAt(world.getX(), world.getY());
                String source = linkSource;
                linkSource = null;
                repaint();
                if (target != null && !target.equals(source)) {
                    Project p = vm.project();
                    Platform.runLater(() -> linkChooser.choose(p, source, target)
                            .ifPresent(ifs -> vm.link(source, ifs[0], target, ifs[1])));
                }
            }
            default -> { }
        }
        repaint();
    }

    private void paletteDropped(MouseDragEvent e) {
        if (e.getGestureSource() instanceof Node n && n.getUserData() instanceof PaletteItem item) {
            Point2D local = sceneToLocal(e.getSceneX(), e.getSceneY());
            Point2D world = viewport.toWorld(local.getX(), local.getY());
            vm.drop(item, world.getX(), world.getY());
            requestFocus();
        }
    }

    /** Drops a palette item at a screen-local point (the palette's click-then-click fallback). */
    public void dropAt(PaletteItem item, double localX, double localY) {
        Point2D world = viewport.toWorld(localX, localY);
        vm.drop(item, world.getX(), world.getY());
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            double factor = e.getDeltaY() > 0 ? 1.15 : e.getDeltaY() < 0 ? 1 / 1.15 : 1;
            moveViewport(viewport.zoomedAt(factor, e.getX(), e.getY()));
        } else {
            double dx = wholePixels(panRestX + e.getDeltaX()), dy = wholePixels(panRestY + e.getDeltaY());
            panRestX += e.getDeltaX() - dx;
            panRestY += e.getDeltaY() - dy;
            moveViewport(viewport.pannedBy(dx, dy));
        }
        e.consume();
    }

    private static Bounds rect(Point2D a, Point2D b) {
        return new BoundingBox(Math.min(a.getX(), b.getX()), Math.min(a.getY(), b.getY()),
                Math.abs(a.getX() - b.getX()), Math.abs(a.getY() - b.getY()));
    }

}
