/**
 * Audit log (nhật ký kiểm toán): an append-only, hash-chained record of every write, every read of a
 * person's full record and every refused access, as Nghị định 13/2023/NĐ-CP on personal data expects.
 *
 * <p>Owns the tables {@code audit_entry} and {@code audit_chain_head}. Each entry stores who, when, what,
 * which unit and SHA-256 digests of the state before and after; its hash covers those fields and the
 * previous entry's hash, so any edit or deletion breaks the chain at a findable place.
 *
 * <p>Public API: {@link vn.tochuc.audit.AuditLog} (record, verify, browse) and its records.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit log",
        allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package vn.tochuc.audit;
