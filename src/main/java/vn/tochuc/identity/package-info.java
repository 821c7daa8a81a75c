/**
 * Identity (tài khoản, phân quyền): users with hashed passwords, their roles, their home unit and scope
 * (phạm vi: the subtrees of units they may see), lockout after repeated failed logins, personal API
 * tokens, the first administrator, and the admin pages for all of it.
 *
 * <p>Owns the tables {@code idn_user}, {@code idn_user_role}, {@code idn_user_scope} and
 * {@code idn_api_token}. Every change is written to the audit log.
 *
 * <p>Glossary: tài khoản = account; mật khẩu = password; vai trò = role; đơn vị chủ quản = home unit;
 * khóa tạm thời = temporary lockout.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Identity and access",
        allowedDependencies = {"shared", "web", "audit", "organization", "people"})
@org.jspecify.annotations.NullMarked
package vn.tochuc.identity;
