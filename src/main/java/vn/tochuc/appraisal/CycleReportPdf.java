package vn.tochuc.appraisal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.shared.VietnameseText;
import vn.tochuc.shared.VnFormats;

/**
 * The collective report of a cycle (Mẫu 01-style, báo cáo kết quả đánh giá, xếp loại): national header, title
 * with the period, the decided grade counts and percentages of collectives and individuals, and the signatory
 * block. DejaVu Sans is embedded (fonts/, see DejaVu-LICENSE.txt); every string is NFC first.
 */
final class CycleReportPdf {

    private static final BaseFont REGULAR = font("fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = font("fonts/DejaVuSans-Bold.ttf");
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
        PdfPTable top = table(new float[] {1, 1.3f});
        top.addCell(plain(r.unitName().toUpperCase(java.util.Locale.ROOT) + "\n───────\nSố:      /BC", B,
                Element.ALIGN_CENTER));
        top.addCell(plain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n───────────────", B,
                Element.ALIGN_CENTER));
        top.addCell(plain("", F, Element.ALIGN_CENTER));
        top.addCell(plain("ngày " + VnFormats.date(r.date()), I, Element.ALIGN_CENTER));
        doc.add(top);
        doc.add(centered("Mẫu 01", I));
        doc.add(centered("BÁO CÁO", TITLE));
        doc.add(centered("Kết quả đánh giá, xếp loại chất lượng tập thể, cá nhân " + r.periodText(), B));
        Paragraph facts = new Paragraph(s("Kỳ đánh giá " + r.cycle().periodCode() + ", nhóm đối tượng "
                + r.cycle().targetGroup() + ", áp dụng gói quy tắc " + r.cycle().packCode() + " phiên bản "
                + r.cycle().packVersion() + "; kỳ từ " + VnFormats.date(r.cycle().periodStart()) + " đến "
                + VnFormats.date(r.cycle().periodEnd()) + "."), F);
        facts.setSpacingBefore(10);
        facts.setSpacingAfter(6);
        doc.add(facts);
        section(doc, "I. Kết quả xếp loại tập thể", r.collectives());
        section(doc, "II. Kết quả xếp loại cá nhân", r.individuals());
        PdfPTable sign = table(new float[] {1, 1});
        sign.setSpacingBefore(18);
        sign.addCell(plain("Nơi nhận:\n- Cấp có thẩm quyền;\n- Lưu: VT, TCCB.", I, Element.ALIGN_LEFT));
        sign.addCell(plain("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ\n(Ký, ghi rõ họ tên, đóng dấu)\n\n\n\n"
                + (signer == null ? "" : signer), B, Element.ALIGN_CENTER));
        doc.add(sign);
        Paragraph foot = new Paragraph(s("In bởi " + printedBy + " ngày " + VnFormats.date(r.date())), I);
        foot.setSpacingBefore(12);
        doc.add(foot);
        doc.close();
        return out.toByteArray();
    }

    private static void section(Document doc, String title, CycleReport.Counts c) {
        Paragraph h = new Paragraph(s(title), B);
        h.setSpacingBefore(6);
        h.setSpacingAfter(4);
        doc.add(h);
        PdfPTable t = new PdfPTable(new float[] {3.2f, 1, 1});
        t.setWidthPercentage(100);
        for (String head : new String[] {"Mức xếp loại", "Số lượng", "Tỷ lệ (%)"}) {
            t.addCell(boxed(head, B, Element.ALIGN_CENTER));
        }
        for (Grade g : CycleReport.grades()) {
            t.addCell(boxed(g.label() + " (" + g.name() + ")", F, Element.ALIGN_LEFT));
            t.addCell(boxed(VnFormats.number(c.count(g)), F, Element.ALIGN_RIGHT));
            t.addCell(boxed(VnFormats.number(c.percent(g), 2), F, Element.ALIGN_RIGHT));
        }
        t.addCell(boxed("Đã xếp loại", B, Element.ALIGN_LEFT));
        t.addCell(boxed(VnFormats.number(c.graded()), B, Element.ALIGN_RIGHT));
        t.addCell(boxed(c.graded() == 0 ? "0,00" : "100,00", B, Element.ALIGN_RIGHT));
        t.addCell(boxed("Chưa có quyết định xếp loại", F, Element.ALIGN_LEFT));
        t.addCell(boxed(VnFormats.number(c.pending()), F, Element.ALIGN_RIGHT));
        t.addCell(boxed("", F, Element.ALIGN_RIGHT));
        t.addCell(boxed("Tổng số", B, Element.ALIGN_LEFT));
        t.addCell(boxed(VnFormats.number(c.total()), B, Element.ALIGN_RIGHT));
        t.addCell(boxed("", F, Element.ALIGN_RIGHT));
        doc.add(t);
    }

    private static String s(String text) {
        return VietnameseText.nfc(text);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        return t;
    }

    private static PdfPCell plain(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(s(text), font));
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(align);
        return c;
    }

    private static PdfPCell boxed(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(s(text), font));
        c.setPadding(3);
        c.setHorizontalAlignment(align);
        return c;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(s(text), font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static BaseFont font(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return BaseFont.createFont(path.substring(path.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
