package vn.tochuc.portal;

import static org.springframework.web.servlet.function.RequestPredicates.methods;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import vn.tochuc.web.NavContribution;
import vn.tochuc.web.NavItem;
import vn.tochuc.web.PublicPaths;
import vn.tochuc.web.Role;

/** The public URL space of the portal, its routes, and the back-office navigation entry. */
@Configuration
@EnableScheduling
class PortalConfig {

    static final List<String> PUBLIC = List.of(
            "/",
            "/tin-tuc",
            "/tin-tuc/**",
            "/chuyen-muc/**",
            "/tim-kiem",
            "/binh-chon/**",
            "/anh/**",
            "/rss.xml",
            "/sitemap.xml");

    @Bean
    PublicPaths portalPublicPaths() {
        return () -> PUBLIC;
    }

    @Bean
    NavContribution portalNav() {
        return () -> List.of(
                new NavItem("portal.nav.articles", "/portal/admin/articles", 500, Set.of(Role.EDITOR, Role.ADMIN)),
                new NavItem("portal.nav.events", "/portal/admin/events", 510, Set.of(Role.EDITOR, Role.ADMIN)),
                new NavItem("portal.nav.polls", "/portal/admin/polls", 520, Set.of(Role.EDITOR, Role.ADMIN)));
    }

    @Bean
    RouterFunction<ServerResponse> portalRoutes(PublicPages pages, Feeds feeds) {
        RequestPredicate read = methods(HttpMethod.GET, HttpMethod.HEAD);
        return RouterFunctions.route()
                .route(read.and(path("/")), pages::front)
                .route(read.and(path("/tin-tuc/{id}/v.gif")), pages::pixel)
                .route(read.and(path("/tin-tuc/{slug}")), pages::article)
                .route(read.and(path("/chuyen-muc/{slug}")), pages::category)
                .route(read.and(path("/tim-kiem")), pages::search)
                .route(read.and(path("/anh/{id}")), pages::image)
                .route(read.and(path("/rss.xml")), feeds::rss)
                .route(read.and(path("/sitemap.xml")), feeds::sitemap)
                .route(path("/tin-tuc/**").or(path("/chuyen-muc/**")).or(path("/anh/**")), pages::notFound)
                .onError(Exception.class, pages::failed)
                .build();
    }
}
