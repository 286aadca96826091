package be.atrium.notify.relations;

import be.atrium.network.ConditionKind;
import be.atrium.platform.web.InstantTextConverter;
import be.atrium.platform.web.Messages;

import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The relationship manager's figures as CSV for a spreadsheet: semicolons (what a Belgian
 * spreadsheet expects), headers in the reader's language, one line per municipality and per
 * Atrium. Names are typed by people, so a cell that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) is prefixed with a quote.
 */
public final class RelationsCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    public static final String FILENAME = "relatiebeheer.csv";
    public static final String CONTENT_DISPOSITION = "attachment; filename=\"" + FILENAME + "\"";

    private static final char SEPARATOR = ';';

    private RelationsCsv() {
    }

    public static String of(RelationsOverview overview, Locale locale) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("relations.csv.type", "relations.name", "relations.open.week",
                "relations.open.month", "relations.open.older", "relations.escalations", "relations.flags",
                "relations.csv.guidanceRead", "relations.csv.guidanceToRead", "relations.lastActivity"));
        List<String> cells = new ArrayList<>(header.stream().map(k -> Messages.text(locale, k)).toList());
        for (ConditionKind kind : ConditionKind.values()) {
            cells.add(Messages.text(locale, "condition." + kind.name()));
        }
        cells.add(Messages.text(locale, "relations.conditionsMet"));
        line(out, cells);
        for (Figures f : overview.municipalities()) {
            line(out, row(f, Messages.text(locale, "relations.csv.municipality"), locale));
        }
        for (Figures f : overview.atria()) {
            line(out, row(f, Messages.text(locale, "relations.csv.atrium"), locale));
        }
        return out.toString();
    }

    private static List<String> row(Figures f, String type, Locale locale) {
        List<String> cells = new ArrayList<>(List.of(type, f.name(), Long.toString(f.openThisWeek()),
                Long.toString(f.openThisMonth()), Long.toString(f.openOlder()), Long.toString(f.escalations()),
                Long.toString(f.flagsWaiting()), Long.toString(f.guidanceRead()), Long.toString(f.guidanceToRead()),
                f.lastActivity() == null ? "" : InstantTextConverter.format(f.lastActivity(), locale, FormatStyle.SHORT)));
        for (ConditionKind kind : ConditionKind.values()) {
            cells.add(f.isMunicipality() ? Messages.text(locale, "status." + f.ontvoogding().status(kind).name()) : "");
        }
        cells.add(f.isMunicipality() ? Long.toString(f.conditionsMet()) : "");
        return cells;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** One cell: defused against formula injection, quoted when it holds a separator, quote or line break. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(SEPARATOR) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
