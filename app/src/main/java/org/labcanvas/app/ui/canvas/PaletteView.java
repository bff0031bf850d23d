package org.labcanvas.app.ui.canvas;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.labcanvas.model.edit.PaletteItem;
import org.labcanvas.model.topology.DeviceKind;

/**
 * The device palette. Drag an item onto the canvas to create a device (a JavaFX press-drag-release
 * gesture the canvas receives as MOUSE_DRAG_RELEASED); or click an item and then click on the
 * canvas.
 */
public final class PaletteView extends VBox {
    private PaletteItem armed;

    public PaletteView(Consumer<PaletteItem> onArm) {
        setId("palette");
        setSpacing(4);
        setPadding(new Insets(8));
        setPrefWidth(172);
        setMinWidth(172);
        Label title = new Label("Palette");
        title.getStyleClass().add("panel-title");
        getChildren().add(title);
        for (PaletteItem item : PaletteItem.values()) {
            Label l = new Label(item.title());
            l.setId("palette-" + item.name());
            l.setUserData(item);
            DeviceShape shape = shapeOf(item);
            if (Icons.small(shape) != null) {
                ImageView iv = new ImageView(Icons.small(shape));
                iv.setFitWidth(shape == DeviceShape.LAN ? 40 : 32);
                iv.setFitHeight(shape == DeviceShape.LAN ? 10 : 24);
                iv.setPreserveRatio(true);
                l.setGraphic(iv);
            }
            l.setGraphicTextGap(8);
            l.setAlignment(Pos.CENTER_LEFT);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setPadding(new Insets(5, 6, 5, 6));
            l.getStyleClass().add("palette-item");
            l.setTooltip(new Tooltip("Drag onto the canvas to add a " + item.title().toLowerCase()));
            l.setOnDragDetected(e -> {
                l.startFullDrag();
                e.consume();
            });
            l.setOnMouseClicked(e -> {
                armed = item;
                getChildren().forEach(n -> n.getStyleClass().remove("armed"));
                l.getStyleClass().add("armed");
                onArm.accept(item);
            });
            getChildren().add(l);
        }
    }

    /** The item clicked last, to drop with the next click on the canvas; cleared by {@link #disarm}. */
    public PaletteItem armed() {
        return armed;
    }

    public void disarm() {
        armed = null;
        getChildren().forEach(n -> n.getStyleClass().remove("armed"));
    }


    static DeviceShape shapeOf(PaletteItem item) {
        return switch (item) {
            case HUB -> DeviceShape.HUB;
            case SPOKE -> DeviceShape.SPOKE;
            case ROUTER -> DeviceShape.ROUTER;
            case ACE_PAIR -> DeviceShape.ACE;
            case BROKER -> DeviceShape.BROKER;
            case IPV6_HOST -> DeviceShape.HOST;
            case LAN -> DeviceShape.LAN;
            case INTERNET -> DeviceShape.of(DeviceKind.INTERNET);
        };
    }
}
