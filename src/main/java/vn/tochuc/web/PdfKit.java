package vn.tochuc.web;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import vn.tochuc.shared.VietnameseText;

/**
 * What every PDF of tochuc is built with (the 2C record, the evaluation form, the collective report): DejaVu
 * Sans embedded (fonts/, see DejaVu-LICENSE.txt), loaded once, so Vietnamese renders wherever the file is
 * opened; every string NFC first; full-width tables, plain or boxed cells, centered paragraphs.
 */
public final class PdfKit {

    public static final BaseFont REGULAR = font("fonts/DejaVuSans.ttf");
    public static final BaseFont BOLD = font("fonts/DejaVuSans-Bold.ttf");

    private PdfKit() {}

    /** The text in NFC; empty for null. */
    public static String text(@Nullable Object value) {
        return value == null ? "" : VietnameseText.nfc(value.toString());
    }

    /** A table over the page's width with the given relative column widths. */
    public static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        return t;
    }

    /** A cell without border, or {@code boxed} with the default border and a little padding. */
    public static PdfPCell cell(@Nullable String text, Font font, int align, boolean boxed) {
        PdfPCell c = new PdfPCell(new Phrase(text(text), font));
        c.setHorizontalAlignment(align);
        if (boxed) {
            c.setPadding(3);
        } else {
            c.setBorder(Rectangle.NO_BORDER);
        }
        return c;
    }

    public static PdfPCell plainCell(@Nullable String text, Font font, int align) {
        return cell(text, font, align, false);
    }

    public static PdfPCell boxedCell(@Nullable String text, Font font, int align) {
        return cell(text, font, align, true);
    }

    public static PdfPCell boxedCell(@Nullable String text, Font font) {
        return cell(text, font, Element.ALIGN_LEFT, true);
    }

    public static Paragraph centered(@Nullable String text, Font font) {
        Paragraph p = new Paragraph(text(text), font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static BaseFont font(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return BaseFont.createFont(
                    path.substring(path.lastIndexOf('/') + 1),
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
