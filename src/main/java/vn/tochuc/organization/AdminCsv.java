package vn.tochuc.organization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.shared.VietnameseText;
import vn.tochuc.web.BadInputException;

/**
 * Reads the administrative-unit CSV files shipped in {@code data/vn-admin} (UTF-8, one header row, RFC 4180
 * quoting). Codes stay strings with their leading zeros. A malformed file is refused naming file and line.
 */
final class AdminCsv {

    static final String UNITS_HEADER = "code,name,type,level,parent_code,province_code,short_name";
    static final String MAPPING_HEADER =
            "old_code,new_code,note,old_level,new_level,merge_type,old_name,new_name," + "bando_text_match";

    /** One row of a units file. */
    record UnitRow(String code, String name, String type, int level, String parentCode, String provinceCode) {}

    /** One old→new link of the 2025 mapping. */
    record MappingRow(String oldCode, String newCode, int oldLevel, int newLevel, boolean partial, String note) {}

    private AdminCsv() {}

    static List<UnitRow> units(String file, InputStream in) {
        List<UnitRow> out = new ArrayList<>();
        read(file, in, UNITS_HEADER, 7, (line, f) -> {
            int level = level(file, line, f[3]);
            int digits = level == 1 ? 2 : level == 2 ? 3 : 5;
            if (f[0].length() != digits || !f[0].chars().allMatch(Character::isDigit)) {
                throw bad(
                        file,
                        line,
                        "mã «" + f[0] + "» không đúng dạng (cấp " + level + " có " + digits
                                + " chữ số, giữ nguyên số 0 ở đầu)");
            }
            if (f[1].isBlank() || (level > 1 && f[4].isBlank())) {
                throw bad(file, line, "thiếu tên hoặc mã đơn vị cấp trên của «" + f[0] + "»");
            }
            out.add(new UnitRow(f[0], VietnameseText.nfc(f[1]), f[2], level, f[4], f[5]));
        });
        return out;
    }

    static List<MappingRow> mapping(String file, InputStream in) {
        List<MappingRow> out = new ArrayList<>();
        read(file, in, MAPPING_HEADER, 9, (line, f) -> {
            if (!f[5].equals("full") && !f[5].equals("partial")) {
                throw bad(file, line, "merge_type phải là full hoặc partial, không phải «" + f[5] + "»");
            }
            out.add(new MappingRow(
                    f[0], f[1], level(file, line, f[3]), level(file, line, f[4]), f[5].equals("partial"), f[2]));
        });
        return out;
    }

    private interface RowHandler {
        void row(int line, String[] fields);
    }

    private static void read(String file, InputStream in, String header, int columns, RowHandler handler) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String first = r.readLine();
            if (first == null || !first.strip().equals(header)) {
                throw bad(file, 1, "dòng tiêu đề phải là «" + header + "»");
            }
            String text;
            int line = 1;
            while ((text = r.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                List<String> f = split(text);
                if (f.size() != columns) {
                    throw bad(file, line, "có " + f.size() + " cột thay vì " + columns);
                }
                handler.row(line, f.toArray(new String[0]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one CSV line, honouring double quotes and doubled quotes inside them. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString().strip());
        return out;
    }

    private static int level(String file, int line, String s) {
        return switch (s) {
            case "1" -> 1;
            case "2" -> 2;
            case "3" -> 3;
            default -> throw bad(file, line, "cấp «" + s + "» không hợp lệ (chỉ 1, 2 hoặc 3)");
        };
    }

    private static final Map<String, String> KINDS = new HashMap<>(Map.ofEntries(
            Map.entry("Thành phố trực thuộc trung ương", "TP_TW"),
            Map.entry("Tỉnh", "TINH"),
            Map.entry("Quận", "QUAN"),
            Map.entry("Huyện", "HUYEN"),
            Map.entry("Thị xã", "THI_XA"),
            Map.entry("Thành phố thuộc tỉnh", "TP_THUOC_TINH"),
            Map.entry("Thành phố thuộc thành phố trực thuộc trung ương", "TP_THUOC_TP"),
            Map.entry("Phường", "PHUONG"),
            Map.entry("Xã", "XA"),
            Map.entry("Thị trấn", "THI_TRAN"),
            Map.entry("Đặc khu", "DAC_KHU")));

    /** The kind code (table {@code org_kind}) of a unit-type word in the files. */
    static String kind(String file, UnitRow r) {
        String k = KINDS.get(r.type());
        if (k == null) {
            throw new BadInputException("Tệp " + file + ": loại đơn vị «" + r.type() + "» của «" + r.name()
                    + "» không có trong danh mục loại đơn vị (quy tắc ORG-R4).");
        }
        return k;
    }

    private static BadInputException bad(String file, int line, String what) {
        return new BadInputException("Tệp " + file + ", dòng " + line + ": " + what + ".");
    }
}
