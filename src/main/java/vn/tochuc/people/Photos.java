package vn.tochuc.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.tochuc.web.BadInputException;

/**
 * The checks of an uploaded photo (ảnh 4x6 of Mẫu 2C). The type comes from the content, never from the file name
 * or the browser: JPEG or PNG by magic bytes, then the header's size is checked before the image is decoded
 * whole (no decompression bomb), then it must decode.
 */
final class Photos {

    static final int MAX_BYTES = 2_000_000;
    static final int MAX_SIDE = 4_000;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private Photos() {}

    /** Returns the content type ("image/jpeg" or "image/png") or refuses the file with a Vietnamese message. */
    static String check(byte[] content) {
        if (content.length == 0) {
            throw new BadInputException("Chưa chọn tệp ảnh.");
        }
        if (content.length > MAX_BYTES) {
            throw new BadInputException("Ảnh dung lượng " + content.length / 1024 + " KB, quá giới hạn "
                    + MAX_BYTES / 1000 + " KB.");
        }
        String type = startsWith(content, JPEG) ? "image/jpeg" : startsWith(content, PNG) ? "image/png" : null;
        if (type == null) {
            throw new BadInputException("Ảnh phải là tệp JPEG hoặc PNG (nội dung tệp không phải ảnh JPEG/PNG).");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw broken();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w > MAX_SIDE || h > MAX_SIDE) {
                    throw new BadInputException("Ảnh " + w + "×" + h + " điểm ảnh, quá cỡ tối đa " + MAX_SIDE + "×"
                            + MAX_SIDE + ".");
                }
                if (reader.read(0) == null) {
                    throw broken();
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException bad) {
                throw bad;
            }
            throw broken();
        }
        return type;
    }

    private static BadInputException broken() {
        return new BadInputException("Tệp ảnh bị hỏng, không đọc được; hãy chọn ảnh JPEG hoặc PNG khác.");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
