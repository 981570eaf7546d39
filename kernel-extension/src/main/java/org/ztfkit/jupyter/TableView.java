package org.ztfkit.jupyter;

import java.util.List;
import java.util.Locale;
import org.ztfkit.vo.ColumnMeta;
import org.ztfkit.vo.VoTable;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Tables as HTML: the first {@value #ROW_LIMIT} rows and "… N more rows", column types (Tablesaw) or units
 * (VOTable) under the names, and the table's name as caption.
 */
final class TableView {
    /** Rows shown before "… N more rows". */
    static final int ROW_LIMIT = 20;

    private TableView() {
    }

    static MimeBundle bundle(Table table) {
        List<String> subheads = table.columns().stream().map(c -> c.type().name().toLowerCase(Locale.ROOT)).toList();
        return MimeBundle.text(table).withHtml(html(table, table.name(), subheads, List.of()));
    }

    /** VOTables: units under the names ({@code [deg]}), UCD and description as the header's tooltip. */
    static MimeBundle bundle(VoTable vo) {
        List<ColumnMeta> metas = vo.columns();
        List<String> units = metas.stream().map(m -> m.unit().isEmpty() ? "" : "[" + m.unit() + "]").toList();
        List<String> tips = metas.stream().map(m -> m.ucd().isEmpty() || m.description().isEmpty()
                ? m.ucd() + m.description() : m.ucd() + " — " + m.description()).toList();
        String caption = vo.name() + (vo.isOverflow() ? " (truncated by the service: more rows exist)" : "");
        return MimeBundle.text(vo).withHtml(html(vo.toTable(), caption, units, tips));
    }

    private static String html(Table t, String caption, List<String> subheads, List<String> tooltips) {
        int shown = Math.min(ROW_LIMIT, t.rowCount());
        StringBuilder sb = new StringBuilder("<div style=\"overflow-x:auto\"><table style=\"").append(Html.TABLE_STYLE)
                .append("\"><caption style=\"text-align:left;font-weight:bold;padding:2px 8px\">")
                .append(Html.escape(caption)).append(" <span style=\"font-weight:normal;color:#666\">")
                .append(t.rowCount()).append(" rows × ").append(t.columnCount()).append(" columns</span></caption>")
                .append("<thead><tr>");
        for (int c = 0; c < t.columnCount(); c++) {
            String tip = c < tooltips.size() && !tooltips.get(c).isEmpty()
                    ? " title=\"" + Html.escape(tooltips.get(c)) + "\"" : "";
            sb.append("<th style=\"").append(Html.HEAD_STYLE).append('"').append(tip).append('>')
                    .append(Html.escape(t.column(c).name()));
            if (!subheads.get(c).isEmpty()) {
                sb.append("<br/><span style=\"font-weight:normal;color:#666\">").append(Html.escape(subheads.get(c)))
                        .append("</span>");
            }
            sb.append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        for (int r = 0; r < shown; r++) {
            sb.append("<tr>");
            for (Column<?> col : t.columns()) {
                sb.append("<td style=\"").append(Html.CELL_STYLE).append("\">")
                        .append(col.isMissing(r) ? "" : Html.cell(col.get(r))).append("</td>");
            }
            sb.append("</tr>");
        }
        sb.append("</tbody></table>");
        if (t.rowCount() > shown) {
            int more = t.rowCount() - shown;
            sb.append("<div style=\"font-family:sans-serif;font-size:12px;color:#666;padding:2px 8px\">… ")
                    .append(more).append(more == 1 ? " more row" : " more rows").append("</div>");
        }
        return sb.append("</div>").toString();
    }
}
