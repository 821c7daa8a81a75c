package vn.tochuc.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Vietnamese by default, English as the second locale ({@code ?lang=en}, kept in a cookie). */
@Configuration
@EnableScheduling
class WebConfig implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ColumnLimitCheck columnLimits;

    WebConfig(ColumnLimitCheck columnLimits) {
        this.columnLimits = columnLimits;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("tochuc-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
        registry.addInterceptor(columnLimits);
    }

    @Bean
    NavContribution webNav() {
        return () -> List.of(
                new NavItem("nav.dashboard", "/dashboard", 0, Set.of()),
                new NavItem("nav.audit", "/admin/audit", 900, Set.of(Role.ADMIN)),
                new NavItem("nav.jobs", "/jobs", 910, Set.of(Role.ADMIN, Role.ORG_STAFF)),
                new NavItem("nav.apidocs", "/docs/api", 990, Set.of()));
    }
}
