package vn.tochuc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tochuc.Sessions;
import vn.tochuc.TestPrincipals;
import vn.tochuc.appraisal.Appraisals;
import vn.tochuc.organization.OrgDirectory;
import vn.tochuc.shared.UnitScope;
import vn.tochuc.shared.VnFormats;

/**
 * #11.4: a real server gets a real 50 MB multipart POST on every upload page and on the API. A page answers
 * with the same page and the Vietnamese "file too large" message (413), the API with 413 problem JSON; never
 * the 500 page, a reset connection or the CSRF refusal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitServerTests {

    static final int FIFTY_MB = 50 * 1024 * 1024;
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Appraisals appraisals;

    @Autowired
    OrgDirectory org;

    HttpClient http;

    @BeforeEach
    void login() throws Exception {
        http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String token = csrf(get("/login").body());
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
                                + URLEncoder.encode(Sessions.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                                + token))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("/login");
    }

    @Test
    @DisplayName("#11.4 people import: 50 MB → the import page again with «Tệp quá lớn»")
    void peopleImport() throws Exception {
        assertPageAgain("/people/import", "/people/import", "file", "import-form");
    }

    @Test
    @DisplayName("#11.4 person photo: 50 MB → the person page again with «Tệp quá lớn»")
    void personPhoto() throws Exception {
        String token = csrf(get("/people/new").body());
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(uri("/people"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(
                                "_csrf",
                                token,
                                "fullName",
                                "Lê Văn Ảnh",
                                "dateOfBirth",
                                "12/03/1985",
                                "sex",
                                "M",
                                "ethnicity",
                                "Kinh",
                                "religion",
                                "Không",
                                "theory",
                                "NONE",
                                "stateMgmt",
                                "NONE",
                                "unitCode",
                                "DU-P-DONGHA",
                                "position",
                                "Chuyên viên",
                                "positionFrom",
                                "01/01/2020")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = created.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError(created.statusCode() + " " + created.body()));
        long id = Long.parseLong(location.replaceAll(".*/people/", ""));
        assertPageAgain("/people/" + id, "/people/" + id + "/photo", "file", "photo-form");
    }

    @Test
    @DisplayName("#11.4 portal image upload: 50 MB → the article editor again with «Tệp quá lớn»")
    void portalImage() throws Exception {
        assertPageAgain("/portal/admin/articles/new", "/portal/admin/articles", "photo", "photoCaption");
    }

    @Test
    @DisplayName("#11.4 appraisal evidence: 50 MB → the evidence page again with «Tệp quá lớn»")
    void appraisalEvidence() throws Exception {
        long unit = org.findByCode("ORGANIZATION", "DU-P-DONGHA").orElseThrow().id();
        var staff = new TestPrincipals.User(
                9, "upload.staff", "upload.staff", Set.of(Role.ORG_STAFF), unit, UnitScope.of(Set.of(unit)));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        staff, null, List.of(new SimpleGrantedAuthority(Role.ORG_STAFF.authority()))));
        long member;
        try {
            // a target group of the pack; the unit's cycle of this month for it may exist from another test or run
            String month = YearMonth.now(VnFormats.VIETNAM).toString();
            var cycle = appraisals.cycles().stream()
                    .filter(c -> c.unitId() == unit
                            && c.targetGroup().equals("CONG_CHUC")
                            && c.periodKind().equals("MONTH")
                            && c.periodCode().equals(month))
                    .findFirst()
                    .orElseGet(() -> appraisals.open(unit, "CONG_CHUC", "MONTH", month, "ND335", null));
            member = appraisals.addMember(cycle.id(), "INDIVIDUAL", unit, null, null, "admin", "Quản trị", null);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        assertPageAgain(
                "/appraisal/members/" + member + "/evidence",
                "/appraisal/members/" + member + "/evidence",
                "file",
                "ev-file");
    }

    @Test
    @DisplayName("#11.4 API: a 50 MB multipart body → 413 problem JSON in Vietnamese")
    void api() throws Exception {
        String basic = java.util.Base64.getEncoder()
                .encodeToString(("admin:" + Sessions.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(
                multipart(uri("/api/org/imports/admin-units"), "file", null)
                        .header("Authorization", "Basic " + basic)
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("json");
        assertThat(r.body()).contains("quá lớn").doesNotContain("Exception");
    }

    private void assertPageAgain(String page, String action, String field, String marker) throws Exception {
        String token = csrf(get(page).body());
        HttpResponse<String> r = http.send(
                multipart(uri(action + "?_csrf=" + token), field, token)
                        .header("Referer", uri(page).toString())
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).contains("Tệp quá lớn").contains(marker).doesNotContain("Exception");
    }

    private HttpRequest.Builder multipart(URI target, String field, String token) {
        String boundary = "----tochuc" + System.nanoTime();
        List<byte[]> parts = new ArrayList<>();
        if (token != null) {
            parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                        + "\"; filename=\"lon.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        byte[] chunk = new byte[1024 * 1024];
        Iterable<byte[]> body = () -> new Iterator<>() {
            int i;
            final int chunks = FIFTY_MB / chunk.length;

            @Override
            public boolean hasNext() {
                return i < parts.size() + chunks + 1;
            }

            @Override
            public byte[] next() {
                int k = i++;
                if (k < parts.size()) {
                    return parts.get(k);
                }
                return k < parts.size() + chunks
                        ? chunk
                        : ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            }
        };
        return HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(body));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String... pairs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            sb.append(i == 0 ? "" : "&")
                    .append(pairs[i])
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("CSRF token in page").isTrue();
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
