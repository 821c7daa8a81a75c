package vn.tochuc.portal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.tochuc.web.BadInputException;

/**
 * Accepts an upload as a photo only when it is small enough, starts with the magic bytes of JPEG, PNG or GIF,
 * declares sane dimensions (checked before decoding, against decompression bombs) and really decodes with
 * ImageIO. The declared file name and content type are ignored: the bytes decide.
 */
final class ImageCheck {

    static final int MAX_SIDE = 8000;

    record Checked(String contentType, int width, int height) {}

    private ImageCheck() {}

    static Checked check(byte[] bytes, long maxBytes) {
        if (bytes.length == 0) {
            throw new BadInputException("Tệp ảnh trống. Vui lòng chọn một ảnh JPEG, PNG hoặc GIF.");
        }
        if (bytes.length > maxBytes) {
            throw new BadInputException("Ảnh vượt quá dung lượng cho phép (" + maxBytes / 1024 / 1024
                    + " MB). Vui lòng thu nhỏ ảnh trước khi tải lên.");
        }
        String type = sniff(bytes);
        if (type == null) {
            throw new BadInputException("Tệp tải lên không phải là ảnh JPEG, PNG hoặc GIF (nội dung tệp không khớp"
                    + " định dạng ảnh), nên không được nhận.");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw notDecodable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0 || w > MAX_SIDE || h > MAX_SIDE) {
                    throw new BadInputException("Kích thước ảnh " + w + "×" + h + " điểm ảnh vượt giới hạn "
                            + MAX_SIDE + "×" + MAX_SIDE + ".");
                }
                BufferedImage img = reader.read(0);
                if (img == null) {
                    throw notDecodable();
                }
                return new Checked(type, w, h);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw notDecodable();
        }
    }

    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return "image/png";
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8' && (b[4] == '7' || b[4] == '9')
                && b[5] == 'a') {
            return "image/gif";
        }
        return null;
    }

    private static BadInputException notDecodable() {
        return new BadInputException("Tệp ảnh bị hỏng hoặc không đọc được, nên không được nhận.");
    }
}
