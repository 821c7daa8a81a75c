package vn.tochuc.web;

import java.util.Optional;

/** Resolves a personal API token (sent as {@code Authorization: Bearer …}) to its owner. */
public interface ApiTokenAuthenticator {

    Optional<ScopedPrincipal> authenticate(String rawToken);
}
