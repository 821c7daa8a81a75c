package vn.tochuc.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;
import vn.tochuc.shared.Texts;

/**
 * Accepts an uploaded image only when it is small enough, starts with the magic bytes of an allowed format,
 * declares sane dimensions (read from the header before decoding, against decompression bombs) and really
 * decodes with ImageIO. The declared file name and content type are ignored: the bytes decide. Used by the
 * portal's article photos and the 4x6 photo of a personnel record (Mẫu 2C).
 */
public final class ImageUpload {

    /** An image format by content type and the name users know it by. */
    public enum Format {
        JPEG("image/jpeg"),
        PNG("image/png"),
        GIF("image/gif");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** What was accepted. */
    public record Checked(String contentType, int width, int height) {}

    private ImageUpload() {}

    /**
     * @return the accepted image's content type and size
     * @throws BadInputException with a Vietnamese sentence saying what is wrong with the file
     */
    public static Checked check(byte[] bytes, long maxBytes, int maxSide, List<Format> allowed) {
        String names = names(allowed);
        if (bytes.length == 0) {
            throw new BadInputException(Texts.t("image.error.empty", names));
        }
        requireSize(bytes.length, maxBytes);
        Format format = sniff(bytes);
        if (format == null || !allowed.contains(format)) {
            throw new BadInputException(Texts.t("image.error.not-an-image", names));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw broken();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0 || w > maxSide || h > maxSide) {
                    throw new BadInputException(Texts.t("image.error.too-large-side", w, h, maxSide));
                }
                BufferedImage img = reader.read(0);
                if (img == null) {
                    throw broken();
                }
                return new Checked(format.contentType(), w, h);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw broken();
        }
    }

    /**
     * Refuses an upload larger than {@code maxBytes}; callers holding a multipart file call it with the declared
     * size before reading the bytes.
     */
    public static void requireSize(long size, long maxBytes) {
        if (size > maxBytes) {
            throw new BadInputException(Texts.t("image.error.too-many-bytes", size / 1024, maxBytes / 1024));
        }
    }

    /** The format the bytes start with, or null. */
    public static @Nullable Format sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Format.JPEG;
        }
        if (b.length >= 8
                && (b[0] & 0xff) == 0x89
                && b[1] == 'P'
                && b[2] == 'N'
                && b[3] == 'G'
                && b[4] == 0x0D
                && b[5] == 0x0A
                && b[6] == 0x1A
                && b[7] == 0x0A) {
            return Format.PNG;
        }
        if (b.length >= 6
                && b[0] == 'G'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == '8'
                && (b[4] == '7' || b[4] == '9')
                && b[5] == 'a') {
            return Format.GIF;
        }
        return null;
    }

    private static String names(List<Format> allowed) {
        List<String> n = allowed.stream().map(Enum::name).toList();
        return n.size() == 1
                ? n.get(0)
                : String.join(", ", n.subList(0, n.size() - 1)) + Texts.t("image.formats.or") + n.get(n.size() - 1);
    }

    private static BadInputException broken() {
        return new BadInputException(Texts.t("image.error.broken"));
    }
}
