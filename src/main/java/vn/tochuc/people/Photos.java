package vn.tochuc.people;

import java.util.List;
import vn.tochuc.web.ImageUpload;

/**
 * The limits of an uploaded photo (ảnh 4x6 of Mẫu 2C): JPEG or PNG decided by the content, at most 2 MB and
 * 4000 pixels a side; the checks themselves are the web module's {@link ImageUpload}.
 */
final class Photos {

    static final int MAX_BYTES = 2_000_000;
    static final int MAX_SIDE = 4_000;

    private Photos() {}

    /** Returns the content type ("image/jpeg" or "image/png") or refuses the file with a Vietnamese message. */
    static String check(byte[] content) {
        return ImageUpload.check(content, MAX_BYTES, MAX_SIDE, List.of(ImageUpload.Format.JPEG, ImageUpload.Format.PNG))
                .contentType();
    }
}
