/**
 * Web infrastructure shared by every page and API: security (form login for pages, HTTP Basic and
 * personal API tokens for {@code /api/**}), the current user and their unit scope, error pages and JSON
 * errors in Vietnamese, the UI shell (navigation by role, breadcrumbs, flash messages) and the long-job
 * pattern (start, progress over SSE, cancel, result).
 *
 * <p>Depends on no business module except {@code audit}, which records refused access.
 *
 * <p>Glossary: vai trò = role; phạm vi = scope; tác vụ dài = long job.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Web infrastructure",
        allowedDependencies = {"shared", "audit"})
@org.jspecify.annotations.NullMarked
package vn.tochuc.web;
