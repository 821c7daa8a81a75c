package vn.tochuc.identity;

/** A personal API token as listed on the account page: never the token itself. */
public record TokenView(long id, String name, String prefix, String createdAt, String lastUsed, boolean revoked) {}
