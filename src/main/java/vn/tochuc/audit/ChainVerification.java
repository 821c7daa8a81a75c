package vn.tochuc.audit;

import org.jspecify.annotations.Nullable;

/**
 * Result of walking the chain: {@code intact} when every entry's hash matches its content and its
 * predecessor; otherwise {@code brokenAtSeq} names the first entry that does not.
 */
public record ChainVerification(
        boolean intact,
        long entriesChecked,
        @Nullable Long brokenAtSeq,
        @Nullable String reason) {}
