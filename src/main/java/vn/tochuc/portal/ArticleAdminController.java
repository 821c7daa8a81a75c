package vn.tochuc.portal;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tochuc.web.Crumb;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.NotFoundException;

/** Editor back office for articles: list, write, submit for review, publish, withdraw, history. */
@Controller
@RequestMapping("/portal/admin/articles")
class ArticleAdminController {

    private final ArticleRepository articles;
    private final Portal portal;

    ArticleAdminController(ArticleRepository articles, Portal portal) {
        this.articles = articles;
        this.portal = portal;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("articles", articles.all(500));
        model.addAttribute("crumbs", List.of(Crumb.of("portal.nav.articles", null)));
        return "portal/articles";
    }

    @GetMapping("/new")
    String create(Model model) {
        return form(null, ArticleForm.empty(), model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Article a = articles.find(id).orElseThrow(() -> new NotFoundException("article " + id));
        return form(a, ArticleForm.of(a), model);
    }

    private String form(@Nullable Article a, ArticleForm f, Model model) {
        model.addAttribute("article", a);
        model.addAttribute("form", f);
        model.addAttribute("categories", articles.categories());
        model.addAttribute("history", a == null ? List.of() : articles.history(a.id()));
        model.addAttribute(
                "crumbs",
                List.of(
                        Crumb.of("portal.nav.articles", "/portal/admin/articles"),
                        a == null ? Crumb.of("portal.admin.new", null) : Crumb.text(a.title(), null)));
        return "portal/article_form";
    }

    @PostMapping({"", "/{id}"})
    String save(
            @PathVariable(required = false) @Nullable Long id,
            @ModelAttribute ArticleForm form,
            @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo,
            RedirectAttributes flash)
            throws IOException {
        Long photoId =
                photo == null || photo.isEmpty() ? null : portal.uploadImage(photo.getBytes(), CurrentUser.name());
        long saved = portal.saveArticle(id, form, photoId, CurrentUser.name());
        flash.addFlashAttribute("flashKey", "common.saved");
        return "redirect:/portal/admin/articles/" + saved;
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes flash) {
        portal.submit(id, CurrentUser.name());
        return done(id, flash);
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes flash) {
        portal.publish(id, CurrentUser.name(), null);
        return done(id, flash);
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes flash) {
        portal.withdraw(id, CurrentUser.name());
        return done(id, flash);
    }

    private static String done(long id, RedirectAttributes flash) {
        flash.addFlashAttribute("flashKey", "portal.admin.moved");
        return "redirect:/portal/admin/articles/" + id;
    }
}
