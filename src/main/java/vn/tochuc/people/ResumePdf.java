package vn.tochuc.people;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
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
import java.util.List;
import java.util.Optional;
import vn.tochuc.web.PdfKit;

/**
 * Renders the Mẫu 2C-BNV/2008 résumé (domain-rules §8.1) as PDF with OpenPDF: national header, photo box, items
 * 1–32 and the signature block. DejaVu Sans is embedded (fonts/, see DejaVu-LICENSE.txt) and every string is
 * NFC-normalized first, so Vietnamese marks render in place. The footer names who printed it and when.
 */
final class ResumePdf {

    private static final BaseFont REGULAR = PdfKit.REGULAR;
    private static final BaseFont BOLD = PdfKit.BOLD;
    private static final Font F = new Font(REGULAR, 10);
    private static final Font SMALL = new Font(REGULAR, 8.5f);
    private static final Font B = new Font(BOLD, 10);
    private static final Font TITLE = new Font(BOLD, 14);

    private ResumePdf() {}

    static byte[] render(PersonFile f, Optional<byte[]> photo, String printedBy) {
        var out = new ByteArrayOutputStream();
        var doc = new Document(PageSize.A4, 50, 40, 40, 40);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Sơ yếu lý lịch " + f.person().fullName());
        doc.addAuthor(printedBy);
        doc.open();
        Person p = f.person();
        PdfPTable top = table(new float[] {3, 2});
        top.addCell(PdfKit.plainCell(
                "Cơ quan, đơn vị có thẩm quyền quản lý CBCC: " + ResumeText.s(f.unitName())
                        + "\nCơ quan, đơn vị sử dụng CBCC: " + ResumeText.s(f.unitName()),
                SMALL,
                Element.ALIGN_LEFT));
        top.addCell(PdfKit.plainCell(
                "Mẫu 2C-BNV/2008\nSố hiệu cán bộ, công chức: " + ResumeText.s(p.staffNumber()),
                SMALL,
                Element.ALIGN_RIGHT));
        doc.add(top);
        doc.add(PdfKit.centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B));
        doc.add(PdfKit.centered("Độc lập - Tự do - Hạnh phúc", B));
        doc.add(PdfKit.centered("───────────────", F));
        PdfPTable head = table(new float[] {1.2f, 4});
        head.addCell(photoBox(photo));
        PdfPCell title = PdfKit.plainCell("SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC", TITLE, Element.ALIGN_CENTER);
        title.setVerticalAlignment(Element.ALIGN_MIDDLE);
        head.addCell(title);
        doc.add(head);
        // a label column and a value column; each sub-field (the sex beside the date of birth, 15.1–15.6) its own row
        PdfPTable items = table(new float[] {2.2f, 3});
        for (ResumeSections.Item item : ResumeSections.items(f)) {
            for (ResumeSections.Field field : item.fields()) {
                PdfPCell label = PdfKit.plainCell(ResumeText.s(field.label()), field.sub() ? F : B, Element.ALIGN_LEFT);
                if (field.sub()) {
                    label.setPaddingLeft(14);
                }
                items.addCell(label);
                items.addCell(PdfKit.plainCell(ResumeText.s(field.value()), F, Element.ALIGN_LEFT));
            }
        }
        doc.add(items);
        for (ResumeSections.Table t : ResumeSections.tables(f)) {
            Paragraph h = new Paragraph(ResumeText.s(t.title()), B);
            h.setSpacingBefore(8);
            h.setSpacingAfter(3);
            doc.add(h);
            if (t.hidden()) {
                doc.add(new Paragraph(ResumeText.HIDDEN, F));
                continue;
            }
            PdfPTable table = new PdfPTable(t.headers().size());
            table.setWidthPercentage(100);
            t.headers().forEach(c -> table.addCell(PdfKit.boxedCell(c, B)));
            for (List<String> row : t.rows()) {
                row.forEach(c -> table.addCell(PdfKit.boxedCell(c, SMALL)));
            }
            if (t.rows().isEmpty()) {
                PdfPCell none = PdfKit.boxedCell("Không có", SMALL);
                none.setColspan(t.headers().size());
                table.addCell(none);
            }
            doc.add(table);
        }
        PdfPTable sign = table(new float[] {1, 1});
        sign.setSpacingBefore(16);
        sign.addCell(PdfKit.plainCell(
                "Thủ trưởng cơ quan, đơn vị quản lý\nvà sử dụng CBCC\n(Ký tên, đóng dấu)", B, Element.ALIGN_CENTER));
        sign.addCell(PdfKit.plainCell(
                "Người khai\nTôi xin cam đoan những lời khai trên đây là đúng sự thật\n(Ký tên, ghi rõ họ tên)\n\n\n\n"
                        + ResumeText.s(p.fullName()),
                B,
                Element.ALIGN_CENTER));
        doc.add(sign);
        Paragraph foot = new Paragraph(
                "In bởi " + ResumeText.s(printedBy) + " — dữ liệu cá nhân được bảo vệ theo Nghị định 13/2023/NĐ-CP",
                SMALL);
        foot.setSpacingBefore(12);
        doc.add(foot);
        doc.close();
        return out.toByteArray();
    }

    private static PdfPCell photoBox(Optional<byte[]> photo) {
        PdfPCell cell;
        try {
            cell = photo.isPresent()
                    ? new PdfPCell(Image.getInstance(photo.get()), true)
                    : new PdfPCell(new Phrase("Ảnh màu\n(4 x 6 cm)", SMALL));
        } catch (IOException | RuntimeException e) {
            cell = new PdfPCell(new Phrase("Ảnh màu\n(4 x 6 cm)", SMALL));
        }
        cell.setFixedHeight(6 * 28.35f * 0.75f);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorder(Rectangle.BOX);
        return cell;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable t = PdfKit.table(widths);
        t.setSpacingAfter(6);
        return t;
    }
}
