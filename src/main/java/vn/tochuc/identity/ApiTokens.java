package vn.tochuc.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.shared.Texts;
import vn.tochuc.web.ApiTokenAuthenticator;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.ScopedPrincipal;

/**
 * Personal API tokens: shown once when created, stored only as a SHA-256 digest (a token has 256 random
 * bits, so a fast digest is enough), revocable, and bound to their owner's roles and scope.
 */
@Service
class ApiTokens implements ApiTokenAuthenticator {

    static final String PREFIX = "tcu_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final AccountService accounts;
    private final AuditLog audit;

    ApiTokens(ApiTokenRepository tokens, UserRepository users, AccountService accounts, AuditLog audit) {
        this.tokens = tokens;
        this.users = users;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Creates a token for the signed-in user and returns its only plain copy. */
    @Transactional
    String create(String name) {
        ScopedPrincipal me = CurrentUser.get().orElseThrow();
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new BadInputException(Texts.t("identity.error.token-name-length"));
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = tokens.insert(me.userId(), name.trim(), sha256(raw), raw.substring(0, 10));
        audit.record(AuditEntry.write(
                me.username(), "API_TOKEN_CREATE", "API_TOKEN", id, me.homeUnitId(), null, name, null));
        return raw;
    }

    @Transactional
    void revoke(long tokenId) {
        ScopedPrincipal me = CurrentUser.get().orElseThrow();
        if (tokens.revoke(tokenId, me.userId()) > 0) {
            audit.record(AuditEntry.write(
                    me.username(), "API_TOKEN_REVOKE", "API_TOKEN", tokenId, me.homeUnitId(), null, null, null));
        }
    }

    List<ApiTokenRepository.TokenRow> mine() {
        return tokens.ofUser(CurrentUser.get().orElseThrow().userId());
    }

    @Override
    @Transactional
    public Optional<ScopedPrincipal> authenticate(String rawToken) {
        if (!rawToken.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = sha256(rawToken);
        return tokens.userOfActiveToken(hash)
                .flatMap(users::findById)
                .filter(UserRow::enabled)
                .map(row -> {
                    tokens.touch(hash);
                    return accounts.principal(row);
                })
                .filter(SignedInUser::isAccountNonLocked)
                .map(p -> p);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
