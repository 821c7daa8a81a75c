/**
 * Shared kernel: small value types used by every module and Vietnamese text handling (folding for search,
 * ICU collation, the official order of person names, number and date formats). No beans, no tables.
 *
 * <p>Glossary: đơn vị = unit; phạm vi = scope (the subtrees of units a user may see).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared kernel",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package vn.tochuc.shared;
