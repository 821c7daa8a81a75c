package vn.tochuc.appraisal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.tochuc.evaluation.EvaluationResult;
import vn.tochuc.evaluation.Explanation;
import vn.tochuc.evaluation.Grade;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.PdfKit;

/**
 * The individual evaluation form as PDF (Mẫu 2B for heads, 2C otherwise, after HD 43-HD/BTCTW; EVAL-19): the
 * task results from work items (EVAL-52..56), the engine's score with its explanation, and the three steps kept
 * apart with who and when (EVAL-02). DejaVu Sans is embedded (fonts/, see DejaVu-LICENSE.txt); text is NFC.
 */
final class EvaluationFormPdf {

    private static final BaseFont REGULAR = PdfKit.REGULAR;
    private static final BaseFont BOLD = PdfKit.BOLD;
    private static final Font F = new Font(REGULAR, 10);
    private static final Font SMALL = new Font(REGULAR, 8.5f);
    private static final Font B = new Font(BOLD, 10);
    private static final Font TITLE = new Font(BOLD, 13);

    private EvaluationFormPdf() {}

    /** {@code packTitle}: the Vietnamese title of the cycle's pack (a document names the regulation, not a code). */
    static byte[] render(MemberForm f, String packTitle, String printedBy) {
        Member m = f.member();
        Cycle c = f.cycle();
        var out = new ByteArrayOutputStream();
        var doc = new Document(PageSize.A4, 50, 40, 40, 40);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(PdfKit.text("Phiếu đánh giá, xếp loại " + m.displayName()));
        doc.addAuthor(PdfKit.text(printedBy));
        doc.open();
        PdfPTable top = PdfKit.table(new float[] {3, 2});
        top.addCell(PdfKit.cell(f.unitName(), SMALL, Element.ALIGN_LEFT, false));
        top.addCell(PdfKit.cell(m.headOfUnitId() != null ? "Mẫu 2B" : "Mẫu 2C", SMALL, Element.ALIGN_RIGHT, false));
        doc.add(top);
        doc.add(PdfKit.centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B));
        doc.add(PdfKit.centered("Độc lập - Tự do - Hạnh phúc", B));
        Paragraph title = PdfKit.centered("PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG", TITLE);
        title.setSpacingBefore(10);
        doc.add(title);
        doc.add(PdfKit.centered(
                "Kỳ " + c.periodCode() + " · " + packTitle + " (phiên bản " + c.packVersion() + ")", F));
        line(doc, "Họ và tên: ", m.displayName());
        line(doc, "Vị trí việc làm: ", m.jobPosition() == null ? "" : m.jobPosition());
        line(doc, "Đơn vị: ", f.unitName());

        heading(doc, "I. Kết quả thực hiện nhiệm vụ (đầu việc, sản phẩm đã quy đổi)");
        PdfPTable items = PdfKit.table(new float[] {4, 1.3f, 1.6f, 1.3f, 2.4f});
        List.of("Đầu việc", "Quy đổi", "Hạn", "Đã làm", "Chất lượng, tiến độ")
                .forEach(h -> items.addCell(PdfKit.cell(h, B, Element.ALIGN_LEFT, true)));
        for (WorkItem w : f.items()) {
            items.addCell(PdfKit.cell(w.title() + " (" + w.productName() + ")", SMALL, Element.ALIGN_LEFT, true));
            items.addCell(PdfKit.cell(TaskResult.show(w.converted()), SMALL, Element.ALIGN_RIGHT, true));
            items.addCell(PdfKit.cell(VnFormats.date(w.dueDate()), SMALL, Element.ALIGN_LEFT, true));
            items.addCell(PdfKit.cell(
                    w.doneQuantity() == null ? "" : TaskResult.show(w.doneQuantity()),
                    SMALL,
                    Element.ALIGN_RIGHT,
                    true));
            items.addCell(PdfKit.cell(
                    w.confirmedBy() == null
                            ? "Chưa xác nhận"
                            : (Boolean.TRUE.equals(w.qualityPass()) ? "Đạt" : "Không đạt") + ", " + w.majorErrors()
                                    + " lỗi lớn, " + w.delays() + " lần chậm"
                                    + (w.causeApproved() ? "; nguyên nhân khách quan: " + w.cause() : ""),
                    SMALL,
                    Element.ALIGN_LEFT,
                    true));
        }
        doc.add(items);
        TaskResult t = f.tasks();
        doc.add(new Paragraph(
                PdfKit.text("Số lượng (a): " + TaskResult.show(t.quantityPct()) + "%; chất lượng (b): "
                        + TaskResult.show(t.qualityPct()) + "%; tiến độ (c): " + TaskResult.show(t.timelinessPct())
                        + "% (quy tắc EVAL-53, EVAL-54, EVAL-55)."),
                F));

        heading(doc, "II. Điểm và mức xếp loại theo bộ tiêu chí (máy tính, kèm giải trình)");
        EvaluationResult r = f.engine().result();
        if (r == null) {
            doc.add(new Paragraph(PdfKit.text("Chưa tính được: " + f.engine().problem()), F));
        } else {
            doc.add(new Paragraph(
                    PdfKit.text("Tổng điểm: " + TaskResult.show(r.score()) + " — "
                            + r.grade().label()),
                    B));
            PdfPTable ex = PdfKit.table(new float[] {1.3f, 6, 1.4f});
            List.of("Căn cứ", "Nội dung", "Điểm / mức")
                    .forEach(h -> ex.addCell(PdfKit.cell(h, B, Element.ALIGN_LEFT, true)));
            for (Explanation.Step st : r.explanation().steps()) {
                ex.addCell(PdfKit.cell(st.ruleId(), SMALL, Element.ALIGN_LEFT, true));
                ex.addCell(PdfKit.cell(st.text(), SMALL, Element.ALIGN_LEFT, true));
                ex.addCell(PdfKit.cell(
                        st.points() != null
                                ? TaskResult.show(st.points())
                                : st.grade() != null ? st.grade().label() : "",
                        SMALL,
                        Element.ALIGN_RIGHT,
                        true));
            }
            doc.add(ex);
        }

        heading(doc, "III. Cá nhân tự đánh giá, xếp loại (bước 1)");
        step(
                doc,
                m.selfSubmitted() ? m.selfGrade() : null,
                m.selfComment(),
                m.selfBy(),
                m.selfAt(),
                m.selfScore() == null ? "" : "Điểm tự chấm: " + TaskResult.show(m.selfScore()) + ". ");
        heading(doc, "IV. Nhận xét, đánh giá của người quản lý trực tiếp (bước 2)");
        step(doc, m.apprGrade(), m.apprComment(), m.apprBy(), m.apprAt(), "");
        heading(doc, "V. Quyết định xếp loại của cấp có thẩm quyền (bước 3)");
        step(doc, m.decidedGrade(), m.decidedComment(), m.decidedBy(), m.decidedAt(), "");

        Paragraph foot = new Paragraph(
                PdfKit.text("In bởi " + printedBy + " lúc "
                        + VnFormats.dateTime(OffsetDateTime.now(VnFormats.VIETNAM))
                        + " — dữ liệu cá nhân được bảo vệ theo Nghị định 13/2023/NĐ-CP"),
                SMALL);
        foot.setSpacingBefore(12);
        doc.add(foot);
        doc.close();
        return out.toByteArray();
    }

    private static void step(
            Document doc,
            @Nullable String grade,
            @Nullable String comment,
            @Nullable String by,
            @Nullable OffsetDateTime at,
            String prefix) {
        if (grade == null) {
            doc.add(new Paragraph(PdfKit.text(prefix + "Chưa thực hiện."), F));
            return;
        }
        doc.add(new Paragraph(
                PdfKit.text(prefix + "Xếp loại: " + Grade.valueOf(grade).label() + "."), F));
        if (comment != null && !comment.isBlank()) {
            doc.add(new Paragraph(PdfKit.text("Nhận xét: " + comment), F));
        }
        doc.add(new Paragraph(
                PdfKit.text("Người thực hiện: " + (by == null ? "" : by)
                        + (at == null ? "" : ", lúc " + VnFormats.dateTime(at))),
                SMALL));
    }

    private static void heading(Document doc, String text) {
        Paragraph h = new Paragraph(PdfKit.text(text), B);
        h.setSpacingBefore(8);
        h.setSpacingAfter(3);
        doc.add(h);
    }

    private static void line(Document doc, String label, String value) {
        Paragraph p = new Paragraph();
        p.add(new Phrase(PdfKit.text(label), B));
        p.add(new Phrase(PdfKit.text(value), F));
        doc.add(p);
    }
}
