package vn.tochuc.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses hostile or malformed uploads before POI parses them: anything that is not an OOXML zip, files over the
 * size limit, and zip bombs (total or per-entry inflated size, or compression ratio, beyond safe bounds). POI's
 * own ZipSecureFile limits stay on as a second line.
 */
final class ImportSafety {

    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final long MAX_INFLATED_BYTES = 400L * 1024 * 1024;
    static final long MAX_ENTRIES = 500;
    static final double MAX_RATIO = 150;

    private ImportSafety() {}

    /** Throws {@link IllegalArgumentException} with a Vietnamese reason when the file must be refused. */
    static void check(byte[] file) {
        if (file.length == 0) {
            throw new IllegalArgumentException("Tệp rỗng.");
        }
        if (file.length > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("Tệp lớn hơn 20 MB, không thể nhập.");
        }
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K' || file[2] != 3 || file[3] != 4) {
            throw new IllegalArgumentException(
                    "Tệp không phải bảng tính Excel .xlsx (các định dạng .xls, .csv hay tệp khác không được nhận).");
        }
        long total = 0;
        int entries = 0;
        boolean workbook = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    throw new IllegalArgumentException("Tệp có quá nhiều thành phần nén, nghi là tệp độc hại.");
                }
                workbook |= e.getName().equals("xl/workbook.xml");
                long entryBytes = 0;
                for (int n; (n = read(zip, buffer)) > 0; ) {
                    entryBytes += n;
                    total += n;
                    if (total > MAX_INFLATED_BYTES || total > 50L * 1024 * 1024 && total > file.length * MAX_RATIO) {
                        throw new IllegalArgumentException(
                                "Tệp giải nén quá lớn (nghi là \"bom nén\"), không thể nhập.");
                    }
                }
                long compressed = e.getCompressedSize();
                if (compressed > 0 && entryBytes > 1_000_000 && entryBytes / (double) compressed > MAX_RATIO) {
                    throw new IllegalArgumentException("Tỷ lệ nén bất thường (nghi là \"bom nén\"), không thể nhập.");
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "Tệp .xlsx bị hỏng, không đọc được: hãy lưu lại tệp bằng Excel và thử lại.");
        }
        if (!workbook) {
            throw new IllegalArgumentException("Tệp nén không chứa bảng tính Excel (.xlsx).");
        }
    }

    private static int read(InputStream in, byte[] buffer) throws IOException {
        return in.read(buffer);
    }
}
