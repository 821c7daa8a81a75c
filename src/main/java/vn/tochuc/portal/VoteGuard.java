package vn.tochuc.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Visitor identity and the one-vote-per-visitor rule (resistant to simple replay):
 * <ol>
 *   <li>every visitor who opens a poll gets a signed cookie {@code tcv} (random id + HMAC-SHA256 with a key
 *       kept in {@code portal_key}); a forged or edited cookie is ignored;</li>
 *   <li>the vote form carries a vote token = HMAC(poll id, visitor id, issue minute), valid
 *       {@link #TOKEN_MINUTES} minutes, besides the session's CSRF token; a POST whose token does not belong
 *       to this visitor and poll is refused;</li>
 *   <li>the ballot table's primary key (poll, visitor) accepts one vote per visitor, so replaying a POST
 *       changes nothing;</li>
 *   <li>a visitor who drops the cookie needs a new form, and each IP address may send at most
 *       {@code tochuc.portal.votes-per-minute} vote POSTs per minute (10 by default), which stops flooding.</li>
 * </ol>
 */
@Component
class VoteGuard {

    static final String COOKIE = "tcv";
    static final long TOKEN_MINUTES = 30;

    private final SecureRandom random = new SecureRandom();
    private final byte[] key;
    private final ThreadLocal<Mac> macs;
    private final int perMinute;
    private final Map<String, int[]> attempts = new ConcurrentHashMap<>();

    VoteGuard(StatRepository stats, @Value("${tochuc.portal.votes-per-minute:10}") int perMinute) {
        byte[] candidate = new byte[32];
        random.nextBytes(candidate);
        this.key = Base64.getDecoder()
                .decode(stats.key("visitor-hmac", Base64.getEncoder().encodeToString(candidate)));
        this.perMinute = perMinute;
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The visitor id from a valid cookie, or null. */
    @Nullable
    String visitor(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName()) && c.getValue() != null) {
                int dot = c.getValue().indexOf('.');
                if (dot > 0
                        && MessageDigest.isEqual(
                                sign(c.getValue().substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
                                c.getValue().substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
                    return c.getValue().substring(0, dot);
                }
            }
        }
        return null;
    }

    /** The visitor id, issuing a new signed cookie when there is no valid one. */
    String visitorOrIssue(HttpServletRequest req, HttpServletResponse res) {
        String id = visitor(req);
        if (id != null) {
            return id;
        }
        byte[] b = new byte[16];
        random.nextBytes(b);
        id = HexFormat.of().formatHex(b);
        Cookie c = new Cookie(COOKIE, id + "." + sign(id));
        c.setHttpOnly(true);
        c.setPath("/");
        c.setMaxAge(60 * 60 * 24 * 365);
        c.setAttribute("SameSite", "Lax");
        res.addCookie(c);
        return id;
    }

    /** A guest key for statistics: the cookie's id, else a hash of IP and User-Agent (no raw IP is kept). */
    String guestKey(HttpServletRequest req) {
        String id = visitor(req);
        return id != null ? "c:" + id : "h:" + sign(req.getRemoteAddr() + "|" + req.getHeader("User-Agent"));
    }

    String token(long pollId, String visitor, long minute) {
        return minute + "." + sign("vote|" + pollId + "|" + visitor + "|" + minute);
    }

    boolean tokenValid(@Nullable String token, long pollId, String visitor, long nowMinute) {
        if (token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long minute;
        try {
            minute = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        return nowMinute - minute >= 0
                && nowMinute - minute <= TOKEN_MINUTES
                && MessageDigest.isEqual(
                        token(pollId, visitor, minute).getBytes(StandardCharsets.US_ASCII),
                        token.getBytes(StandardCharsets.US_ASCII));
    }

    /** Counts a vote POST from this address; false once it exceeds the per-minute limit. */
    boolean allow(String ip, long nowMinute) {
        int[] slot = attempts.compute(
                ip,
                (k, v) -> v == null || v[0] != (int) nowMinute
                        ? new int[] {(int) nowMinute, 1}
                        : new int[] {v[0], v[1] + 1});
        return slot[1] <= perMinute;
    }

    @Scheduled(fixedDelay = 60_000)
    void forgetOldAttempts() {
        int minute = (int) (System.currentTimeMillis() / 60_000);
        attempts.values().removeIf(v -> v[0] < minute - 1);
    }

    private String sign(String value) {
        byte[] mac = macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac).substring(0, 32);
    }
}
