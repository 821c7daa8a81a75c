package vn.tochuc.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PollVotingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Portal portal;

    @Autowired
    PollRepository polls;

    long pollId;

    @BeforeEach
    void openPoll() {
        pollId = portal.createPoll(
                "Câu hỏi thử " + System.nanoTime(),
                List.of("Có", "Không"),
                OffsetDateTime.now().minusHours(1),
                OffsetDateTime.now().plusHours(1),
                "test");
    }

    @AfterEach
    void closePoll() {
        portal.closePoll(pollId, "test");
    }

    record Form(Cookie visitor, String token) {}

    Form form(String ip) throws Exception {
        MockHttpServletResponse res = mvc.perform(get("/binh-chon/" + pollId).with(r -> {
                    r.setRemoteAddr(ip);
                    return r;
                }))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        Matcher m = Pattern.compile("name=\"token\" value=\"([^\"]+)\"")
                .matcher(res.getContentAsString(StandardCharsets.UTF_8));
        assertThat(m.find()).isTrue();
        return new Form(res.getCookie(VoteGuard.COOKIE), m.group(1));
    }

    MockHttpServletResponse vote(Form f, long option, String ip) throws Exception {
        return mvc.perform(post("/binh-chon/" + pollId)
                        .param("option", String.valueOf(option))
                        .param("token", f.token())
                        .cookie(f.visitor())
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr(ip);
                            return r;
                        }))
                .andReturn()
                .getResponse();
    }

    long total() {
        return polls.find(pollId).orElseThrow().total();
    }

    @Test
    void oneVotePerVisitorAndReplayChangesNothing() throws Exception {
        String ip = "10.0.0.1";
        Form f = form(ip);
        long yes = polls.find(pollId).orElseThrow().options().get(0).id();
        MockHttpServletResponse first = vote(f, yes, ip);
        assertThat(first.getRedirectedUrl()).endsWith("?kq=ok");
        assertThat(total()).isEqualTo(1);
        assertThat(vote(f, yes, ip).getRedirectedUrl()).endsWith("?kq=da-bau");
        assertThat(vote(f, yes, ip).getRedirectedUrl()).endsWith("?kq=da-bau");
        assertThat(total()).isEqualTo(1);
        String results = mvc.perform(get("/binh-chon/" + pollId + "?kq=ok").cookie(f.visitor()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(results)
                .contains("Cảm ơn bạn đã bình chọn.", "Kết quả bình chọn", "Tổng số phiếu: 1")
                .doesNotContain("name=\"option\"");
        // the open poll shows in the box instead of the empty-state text
        assertThat(mvc.perform(get("/").header("User-Agent", PortalSiteTests.BROWSER))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("/binh-chon/" + pollId)
                .doesNotContain("Hiện tại không có bình chọn nào đang hoạt động.");
    }

    @Test
    void forgedTokensCookiesAndOptionsAreRefused() throws Exception {
        String ip = "10.0.0.2";
        Form f = form(ip);
        long yes = polls.find(pollId).orElseThrow().options().get(0).id();
        assertThat(vote(new Form(f.visitor(), "123.abc"), yes, ip).getStatus()).isEqualTo(400);
        assertThat(vote(new Form(new Cookie(VoteGuard.COOKIE, "deadbeef.forged"), f.token()), yes, ip)
                        .getStatus())
                .isEqualTo(400);
        Form other = form(ip);
        // a token issued to another visitor does not work with this cookie
        assertThat(vote(new Form(f.visitor(), other.token()), yes, ip).getStatus())
                .isEqualTo(400);
        assertThat(vote(f, 999_999_999L, ip).getStatus()).isEqualTo(400);
        assertThat(mvc.perform(post("/binh-chon/" + pollId)
                                .param("option", "abc")
                                .param("token", f.token())
                                .cookie(f.visitor())
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
        // without the CSRF token the POST never reaches the poll
        assertThat(mvc.perform(post("/binh-chon/" + pollId)
                                .param("option", String.valueOf(yes))
                                .param("token", f.token())
                                .cookie(f.visitor()))
                        .andReturn()
                        .getResponse()
                        .getForwardedUrl())
                .isEqualTo("/error/403");
        assertThat(total()).isZero();
    }

    @Test
    void floodingFromOneAddressIsRateLimited() throws Exception {
        String ip = "10.0.0.3";
        long yes = polls.find(pollId).orElseThrow().options().get(0).id();
        int accepted = 0;
        int limited = 0;
        for (int i = 0; i < 25; i++) {
            MockHttpServletResponse r = vote(form(ip), yes, ip);
            if (r.getStatus() == 429) {
                limited++;
            } else if (r.getRedirectedUrl() != null && r.getRedirectedUrl().endsWith("?kq=ok")) {
                accepted++;
            }
        }
        assertThat(accepted).isLessThanOrEqualTo(10);
        assertThat(limited).isGreaterThanOrEqualTo(15);
        assertThat(total()).isEqualTo(accepted);
    }

    @Test
    void closedPollsShowResultsAndRefuseVotes() throws Exception {
        String ip = "10.0.0.4";
        Form f = form(ip);
        long yes = polls.find(pollId).orElseThrow().options().get(0).id();
        portal.closePoll(pollId, "test");
        assertThat(vote(f, yes, ip).getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/binh-chon/" + pollId))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Bình chọn này đã đóng.");
        mvc.perform(get("/binh-chon/khong-co")).andExpect(status().isNotFound());
    }
}
