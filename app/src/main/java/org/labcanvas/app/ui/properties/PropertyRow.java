package org.labcanvas.app.ui.properties;

import org.labcanvas.model.topology.OneLineText;
import org.labcanvas.model.project.Project;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.labcanvas.model.edit.EditCommand;

/**
 * One editable setting in the property sheet, independent of any control: its section, name,
 * current value as text and how a new value turns into an edit. {@link #edit} throws
 * {@link IllegalArgumentException} with a message for people when the value is not acceptable;
 * the sheet uses that both to validate while typing and to refuse the value.
 *
 * @param category  the sheet section ({@code Device}, {@code Interface Tunnel0}, {@code OSPF}, ...)
 * @param name      the setting
 * @param kind      which editor to use
 * @param value     the current value as text ({@code ""} for not set; {@code true}/{@code false} for a
 *                  {@link Kind#FLAG}; for a {@link Kind#CHOICE}, one of {@code choices})
 * @param choices   the allowed values for {@link Kind#CHOICE}, as the configuration writes them:
 *                  IOS's (or the ACE's) words ({@code ios15}, {@code gre multipoint},
 *                  {@code non-broadcast}) or the names of the device's own objects (a transform
 *                  set, a context), never Java enum names; {@code ""} among them means "not set"
 * @param toEdit    the edit for a new value
 * @param hint      what applies while the value is empty ({@code default: 15.4(3)M}), shown as the
 *                  field's prompt; {@code ""} when there is nothing to say
 */
public record PropertyRow(String category, String name, Kind kind, String value, List<String> choices,
                          Function<String, EditCommand> toEdit, String hint) {
    /**
     * Which editor to use. A {@code SECRET} is typed into a masked field; its value is
     * {@link #HIDDEN} while one is set, so the secret itself never reaches the sheet.
     */
    public enum Kind { TEXT, ADDRESS, NUMBER, FLAG, CHOICE, SECRET }

    /** The value of a {@link Kind#SECRET} row that is set (what {@code Secret.toString()} prints). */
    public static final String HIDDEN = "******";

    public PropertyRow {
        hint = hint == null ? "" : hint;
    }

    /** A row without a hint. */
    public PropertyRow(String category, String name, Kind kind, String value, List<String> choices,
                       Function<String, EditCommand> toEdit) {
        this(category, name, kind, value, choices, toEdit, "");
    }

    /** The same row with {@code text} as its hint. */
    public PropertyRow withHint(String text) {
        return new PropertyRow(category, name, kind, value, choices, toEdit, text);
    }

    /**
     * The edit for {@code text}; throws with the reason when the value is refused. A line break or
     * other control character is refused for every row: each value becomes one line of an exported
     * config ({@link org.labcanvas.model.topology.OneLineText}).
     */
    public EditCommand edit(String text) {
        String value = text == null ? "" : text.strip();
        var control = OneLineText.check(value);
        if (control.isPresent()) {
            throw new IllegalArgumentException("the value " + OneLineText.refusal(control.get()));
        }
        return toEdit.apply(value);
    }

    /** Why {@code text} would be refused in {@code project} (a taken name, say), or empty when it is fine. */
    public Optional<String> problem(String text, Project project) {
        try {
            edit(text).apply(project);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Why {@code text} would be refused, or empty when it is fine. */
    public Optional<String> problem(String text) {
        try {
            edit(text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
