package vn.tochuc.portal;

import org.jspecify.annotations.Nullable;
import vn.tochuc.web.FitsColumn;

/** What an editor submits for an article; the photo travels separately as an upload. */
public record ArticleForm(
        @Nullable Long categoryId,
        @FitsColumn("portal_article.title") @Nullable String title,
        @Nullable String summary,
        @Nullable String body,
        @FitsColumn("portal_article.author") @Nullable String author,
        @FitsColumn("portal_article.source_tag") @Nullable String sourceTag,

        @FitsColumn("portal_article.photo_caption") @Nullable
        String photoCaption) {

    public static ArticleForm empty() {
        return new ArticleForm(null, "", "", "", "", "", "");
    }

    public static ArticleForm of(Article a) {
        return new ArticleForm(
                a.category().id(), a.title(), a.summary(), a.bodyHtml(), a.author(), a.sourceTag(), a.photoCaption());
    }

    public String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
