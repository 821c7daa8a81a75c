package vn.tochuc.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.web.Role;

@SpringBootTest
class ResumeIntegrationTests {

    @Autowired
    Resumes resumes;

    @Autowired
    PersonService service;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        PeopleFixtures.signOut();
    }

    @Test
    void theMau2cPdfHasTheNationalHeaderEverySectionAndAnEmbeddedFont() throws Exception {
        PeopleFixtures.signIn("admin", UnitScope.everything(), Role.ADMIN, Role.ORG_STAFF);
        long unit = PeopleFixtures.unit(jdbc, "Ban Tổ chức Tỉnh ủy thử", null);
        long id = service.create(
                PeopleFixtures.person("Nguyễn Thị Ánh Tuyết", LocalDate.of(1982, 8, 19), Sex.F, unit, "Phó Trưởng ban"),
                LocalDate.of(2022, 1, 1),
                PeopleFixtures.sensitiveEntries());
        byte[] pdf = resumes.pdf(id);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/mau2c-sample.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains(
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "SƠ YẾU LÝ LỊCH",
                        "NGUYỄN THỊ ÁNH TUYẾT",
                        "Mẫu 2C-BNV/2008");
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            all.append(new PdfTextExtractor(reader).getTextFromPage(i));
        }
        assertThat(all.toString())
                .contains(
                        "21) Khen thưởng",
                        "22) Kỷ luật",
                        "27) Đào tạo",
                        "28) Tóm tắt quá trình công tác",
                        "30) Quan hệ gia đình",
                        "31) Diễn biến quá trình lương",
                        "Trần Thị Lan");
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("/FontFile2", "DejaVuSans");
        // issue 11, point 17: each sub-field in its own labelled row, not folded into the item's value
        assertThat(text.lines().map(String::strip))
                .contains("3) Sinh ngày:19/08/1982", "Giới tính (nam, nữ):Nữ")
                .noneMatch(line -> line.contains("1982") && line.contains("Giới tính"));
        assertThat(all.toString()).doesNotContain("Đảng bộ Đảng bộ");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EXPORT_2C' and target_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
