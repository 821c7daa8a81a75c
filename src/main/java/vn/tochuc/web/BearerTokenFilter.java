package vn.tochuc.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code /api/**} calls that carry a personal API token. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenAuthenticator tokens;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(ApiTokenAuthenticator tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ScopedPrincipal> principal =
                    tokens.authenticate(header.substring(7).trim());
            if (principal.isEmpty()) {
                SecurityContextHolder.clearContext();
                entryPoint.commence(request, response, new BadCredentialsException("invalid token"));
                return;
            }
            ScopedPrincipal p = principal.get();
            var authorities = p.roles().stream()
                    .map(r -> new SimpleGrantedAuthority(r.authority()))
                    .toList();
            var auth = UsernamePasswordAuthenticationToken.authenticated(p, null, authorities);
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
        chain.doFilter(request, response);
    }
}
