package vn.tochuc.web;

import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;

/**
 * Two filter chains: {@code /api/**} is stateless JSON (HTTP Basic or a personal token, no CSRF, 401 and
 * 403 as problem JSON); everything else is the session-based back office with form login, CSRF on every
 * form and htmx request, and a CSP that allows no inline script.
 */
@Configuration
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String[] PUBLIC_PAGES = {
        "/login",
        "/css/**",
        "/js/**",
        "/img/**",
        "/fonts/**",
        "/webjars/**",
        "/favicon.ico",
        "/error",
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/api/docs",
        "/api/docs/**",
        "/swagger-ui/**",
        "/v3/api-docs/**",
        "/docs/api"
    };

    /** The staff roles (and with the self-service cadre) as names for {@code hasAnyRole}. */
    private static final String[] STAFF =
            Role.STAFF.stream().map(Role::name).sorted().toArray(String[]::new);

    private static final String[] STAFF_AND_CADRE = java.util.stream.Stream.concat(
                    Role.STAFF.stream(), java.util.stream.Stream.of(Role.CADRE))
            .map(Role::name)
            .sorted()
            .toArray(String[]::new);

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating encoder: bcrypt today, upgradeable without invalidating stored hashes.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http, ObjectProvider<ApiTokenAuthenticator> tokens, MessageSource messages, AuditLog audit)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (req, res, ex) -> {
            res.setHeader("WWW-Authenticate", "Basic realm=\"tochuc\", Bearer");
            ApiErrors.write(res, HttpStatus.UNAUTHORIZED, msg(messages, "error.401"), req.getRequestURI());
        };
        AccessDeniedHandler forbidden = (req, res, ex) -> {
            audit.recordIndependently(
                    AuditEntry.denied(CurrentUser.name(), req.getMethod(), "URL", req.getRequestURI(), null, "role"));
            ApiErrors.write(res, HttpStatus.FORBIDDEN, msg(messages, "error.403"), req.getRequestURI());
        };
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/api/docs", "/api/docs/**")
                        .permitAll()
                        .requestMatchers("/api/audit/**", "/api/admin/**")
                        .hasRole(Role.ADMIN.name())
                        // Roles and pages: docs/adr/0011-roles-and-pages.md.
                        .requestMatchers(HttpMethod.GET, "/api/people/{id}")
                        .access(staffOrOwnRecord())
                        .requestMatchers("/api/people", "/api/people/**", "/api/org/**", "/api/evaluation/**")
                        .hasAnyRole(STAFF)
                        .requestMatchers("/api/portal/**")
                        .hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .headers(h ->
                        h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        ApiTokenAuthenticator tokenAuth = tokens.getIfAvailable();
        if (tokenAuth != null) {
            http.addFilterBefore(new BearerTokenFilter(tokenAuth, unauthorized), BasicAuthenticationFilter.class);
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(
            HttpSecurity http,
            AuthenticationFailureHandler loginFailure,
            AuditLog audit,
            java.util.List<PublicPaths> modulePublicPaths,
            @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
                    ObjectProvider<org.springframework.web.servlet.HandlerMapping> handlers)
            throws Exception {
        String[] modulePublic =
                modulePublicPaths.stream().flatMap(p -> p.patterns().stream()).toArray(String[]::new);
        AccessDeniedHandler forbidden = (req, res, ex) -> {
            audit.recordIndependently(AuditEntry.denied(
                    CurrentUser.name(),
                    req.getMethod(),
                    "URL",
                    req.getRequestURI(),
                    null,
                    ex.getClass().getSimpleName()));
            res.setStatus(HttpStatus.FORBIDDEN.value());
            req.getRequestDispatcher("/error/403").forward(req, res);
        };
        http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers(modulePublic)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/portal/admin/**")
                        .hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/jobs/audit-verify")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/organization/events", "/organization/events/**")
                        .hasAnyRole(Role.ORG_STAFF.name(), Role.ADMIN.name())
                        // Roles and pages: docs/adr/0011-roles-and-pages.md. Other people's records, the
                        // exports, the unit and staffing screens, evaluation and the cycles need a staff role; a
                        // self-service cadre opens their own record (and its print view, 2C PDF and photo).
                        .requestMatchers(
                                HttpMethod.GET,
                                "/people/export.xlsx",
                                "/people/new",
                                "/people/pending",
                                "/people/import",
                                "/people/import/**")
                        .hasAnyRole(STAFF)
                        .requestMatchers(
                                HttpMethod.GET,
                                "/people/{id}",
                                "/people/{id}/print",
                                "/people/{id}/resume.pdf",
                                "/people/{id}/photo")
                        .access(staffOrOwnRecord())
                        .requestMatchers(HttpMethod.GET, "/people")
                        .hasAnyRole(STAFF_AND_CADRE)
                        .requestMatchers(
                                "/people/**",
                                "/organization/**",
                                "/evaluation/**",
                                "/appraisal/cycles",
                                "/appraisal/cycles/**")
                        .hasAnyRole(STAFF)
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/dashboard", false)
                        .failureHandler(loginFailure)
                        .permitAll())
                .logout(l ->
                        l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                // Spring Security's default already changes the session id on login; stated for review.
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(
                        e -> e.accessDeniedHandler(forbidden).authenticationEntryPoint(loginOrNotFound(handlers)))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")))
                .httpBasic(b -> b.disable());
        return http.build();
    }

    /**
     * A staff role, or the signed-in user's own person record ({@code {id}} is the person linked to the
     * account); anything else is denied and goes to the forbidden handler (audit-logged).
     */
    static AuthorizationManager<RequestAuthorizationContext> staffOrOwnRecord() {
        return (authentication, context) -> {
            Authentication auth = authentication.get();
            if (auth == null || !auth.isAuthenticated()) {
                return new AuthorizationDecision(false);
            }
            boolean staff = auth.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .anyMatch(
                            a -> Role.STAFF.stream().anyMatch(r -> r.authority().equals(a)));
            String id = context.getVariables().get("id");
            boolean own = auth.getPrincipal() instanceof ScopedPrincipal p
                    && p.personId() != null
                    && String.valueOf(p.personId()).equals(id);
            return new AuthorizationDecision(staff || own);
        };
    }

    /**
     * A visitor who is not signed in and asks for a page that does not exist gets the 404 page, not the login
     * form: the public portal shares the site, and a mistyped link should not look like a locked door.
     */
    private static AuthenticationEntryPoint loginOrNotFound(
            ObjectProvider<org.springframework.web.servlet.HandlerMapping> handlers) {
        var login = new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login");
        return (req, res, ex) -> {
            boolean known;
            try {
                known = handlers.getObject().getHandler(req) != null;
            } catch (Exception e) {
                known = true;
            }
            if (known) {
                login.commence(req, res, ex);
            } else {
                res.sendError(HttpStatus.NOT_FOUND.value());
            }
        };
    }

    private static String msg(MessageSource messages, String key) {
        return messages.getMessage(key, null, key, Locale.forLanguageTag("vi"));
    }
}
