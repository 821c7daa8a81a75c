package vn.tochuc.appraisal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.jspecify.annotations.Nullable;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.PdfKit;

/**
 * The collective report of a cycle (Mẫu 01-style, báo cáo kết quả đánh giá, xếp loại): national header, title
 * with the period, the decided grade counts and percentages of collectives and individuals, and the signatory
 * block. DejaVu Sans is embedded (fonts/, see DejaVu-LICENSE.txt); every string is NFC first.
 */
final class CycleReportPdf {

    private static final BaseFont REGULAR = PdfKit.REGULAR;
    private static final BaseFont BOLD = PdfKit.BOLD;
    private static final Font F = new Font(REGULAR, 10);
    private static final Font I = new Font(REGULAR, 9, Font.ITALIC);
    private static final Font B = new Font(BOLD, 10);
    private static final Font TITLE = new Font(BOLD, 13);

    private CycleReportPdf() {}

    static byte[] render(CycleReport r, @Nullable String signer, String printedBy) {
        var out = new ByteArrayOutputStream();
        var doc = new Document(PageSize.A4, 50, 40, 40, 40);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Báo cáo kết quả đánh giá, xếp loại " + r.periodText());
        doc.addAuthor(printedBy);
        doc.open();
        PdfPTable top = PdfKit.table(new float[] {1, 1.3f});
        top.addCell(PdfKit.plainCell(
                r.unitName().toUpperCase(java.util.Locale.ROOT) + "\n───────\nSố:      /BC", B, Element.ALIGN_CENTER));
        // Mẫu 01 (HD 43-HD/BTCTW, EVAL-19) is a Party document: the Party's heading, the place and the date in words.
        top.addCell(PdfKit.plainCell(Texts.t("apprc.report.partyHeading"), B, Element.ALIGN_CENTER));
        top.addCell(PdfKit.plainCell("", F, Element.ALIGN_CENTER));
        top.addCell(PdfKit.plainCell(placeAndDate(r.place(), r.date()), I, Element.ALIGN_CENTER));
        doc.add(top);
        doc.add(PdfKit.centered("Mẫu 01", I));
        doc.add(PdfKit.centered("BÁO CÁO", TITLE));
        doc.add(PdfKit.centered("Kết quả đánh giá, xếp loại chất lượng tập thể, cá nhân " + r.periodText(), B));
        Paragraph facts = new Paragraph(
                PdfKit.text(Texts.t(
                        "apprc.report.facts",
                        r.cycle().periodCode(),
                        r.groupName(),
                        r.packName(),
                        String.valueOf(r.cycle().packVersion()),
                        VnFormats.date(r.cycle().periodStart()),
                        VnFormats.date(r.cycle().periodEnd()))),
                F);
        facts.setSpacingBefore(10);
        facts.setSpacingAfter(6);
        doc.add(facts);
        section(doc, "I. Kết quả xếp loại tập thể", r.collectives());
        section(doc, "II. Kết quả xếp loại cá nhân", r.individuals());
        PdfPTable sign = PdfKit.table(new float[] {1, 1});
        sign.setSpacingBefore(18);
        sign.addCell(PdfKit.plainCell("Nơi nhận:\n- Cấp có thẩm quyền;\n- Lưu: VT, TCCB.", I, Element.ALIGN_LEFT));
        sign.addCell(PdfKit.plainCell(
                "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ\n(Ký, ghi rõ họ tên, đóng dấu)\n\n\n\n" + (signer == null ? "" : signer),
                B,
                Element.ALIGN_CENTER));
        doc.add(sign);
        Paragraph foot = new Paragraph(PdfKit.text("In bởi " + printedBy + " ngày " + VnFormats.date(r.date())), I);
        foot.setSpacingBefore(12);
        doc.add(foot);
        doc.close();
        return out.toByteArray();
    }

    /** "Quảng Trị, ngày 02 tháng 12 năm 2026": the place line of an administrative document. */
    static String placeAndDate(String place, java.time.LocalDate d) {
        return Texts.t(
                "apprc.report.placeDate",
                place,
                String.format("%02d", d.getDayOfMonth()),
                String.format("%02d", d.getMonthValue()),
                String.valueOf(d.getYear()));
    }

    private static void section(Document doc, String title, CycleReport.Counts c) {
        Paragraph h = new Paragraph(PdfKit.text(title), B);
        h.setSpacingBefore(6);
        h.setSpacingAfter(4);
        doc.add(h);
        PdfPTable t = new PdfPTable(new float[] {3.2f, 1, 1});
        t.setWidthPercentage(100);
        for (String head : new String[] {"Mức xếp loại", "Số lượng", "Tỷ lệ (%)"}) {
            t.addCell(PdfKit.boxedCell(head, B, Element.ALIGN_CENTER));
        }
        for (Grade g : CycleReport.grades()) {
            t.addCell(PdfKit.boxedCell(g.label() + " (" + g.name() + ")", F, Element.ALIGN_LEFT));
            t.addCell(PdfKit.boxedCell(VnFormats.number(c.count(g)), F, Element.ALIGN_RIGHT));
            t.addCell(PdfKit.boxedCell(VnFormats.number(c.percent(g), 2), F, Element.ALIGN_RIGHT));
        }
        t.addCell(PdfKit.boxedCell("Đã xếp loại", B, Element.ALIGN_LEFT));
        t.addCell(PdfKit.boxedCell(VnFormats.number(c.graded()), B, Element.ALIGN_RIGHT));
        t.addCell(PdfKit.boxedCell(c.graded() == 0 ? "0,00" : "100,00", B, Element.ALIGN_RIGHT));
        t.addCell(PdfKit.boxedCell("Chưa có quyết định xếp loại", F, Element.ALIGN_LEFT));
        t.addCell(PdfKit.boxedCell(VnFormats.number(c.pending()), F, Element.ALIGN_RIGHT));
        t.addCell(PdfKit.boxedCell("", F, Element.ALIGN_RIGHT));
        t.addCell(PdfKit.boxedCell("Tổng số", B, Element.ALIGN_LEFT));
        t.addCell(PdfKit.boxedCell(VnFormats.number(c.total()), B, Element.ALIGN_RIGHT));
        t.addCell(PdfKit.boxedCell("", F, Element.ALIGN_RIGHT));
        doc.add(t);
    }
}
