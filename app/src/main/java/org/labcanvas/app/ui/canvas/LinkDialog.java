package org.labcanvas.app.ui.canvas;

import javafx.scene.control.Alert;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.labcanvas.model.edit.LinkPlanner;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.topology.Device;

/**
 * Asks which interfaces a new cable connects, with the free interfaces of each end and the
 * {@link LinkPlanner}'s suggestion preselected, so that OK alone usually does the right thing.
 */
public final class LinkDialog implements CanvasView.LinkChooser {
    private final Window owner;

    public LinkDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<String[]> choose(Project project, String a, String b) {
        Device da = project.topology().require(a);
        Device db = project.topology().require(b);
        List<String> freeA = da.kind().isSegment() ? List.of() : LinkPlanner.freeInterfaces(project.topology(), a);
        List<String> freeB = db.kind().isSegment() ? List.of() : LinkPlanner.freeInterfaces(project.topology(), b);
        if (!da.kind().isSegment() && freeA.isEmpty() || !db.kind().isSegment() && freeB.isEmpty()) {
            String full = !da.kind().isSegment() && freeA.isEmpty() ? a : b;
            Alert alert = new Alert(Alert.AlertType.INFORMATION,
                    full + " has no free interface for another cable.");
            alert.initOwner(owner);
            alert.showAndWait();
            return Optional.empty();
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Link " + a + " to " + b);
        dialog.setHeaderText("Connect which interfaces?");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ComboBox<String> ca = combo("link-a", freeA, LinkPlanner.suggestedInterface(project.topology(), a, b), da);
        ComboBox<String> cb = combo("link-b", freeB, LinkPlanner.suggestedInterface(project.topology(), b, a), db);
        grid.addRow(0, new Label(a), ca);
        grid.addRow(1, new Label(b), cb);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> r = dialog.showAndWait();
        if (r.isEmpty() || r.get() != ButtonType.OK) {
            return Optional.empty();
        }
        return Optional.of(new String[] {da.kind().isSegment() ? null : ca.getValue(), db.kind().isSegment() ? null : cb.getValue()});
    }

    private static ComboBox<String> combo(String id, List<String> free, Optional<String> suggested, Device d) {
        ComboBox<String> c = new ComboBox<>(FXCollections.observableArrayList(free));
        c.setId(id);
        if (d.kind().isSegment()) {
            c.setPromptText("(the " + d.kind().name().toLowerCase() + " itself)");
            c.setDisable(true);
        } else {
            c.setValue(suggested.filter(free::contains).orElse(free.get(0)));
        }
        return c;
    }
}
