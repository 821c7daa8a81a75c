package vn.tochuc.portal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.VietnameseText;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.NotFoundException;

/**
 * The portal facade: every write of the editor back office (articles and their workflow, photos, featured
 * events, polls) goes through here, is audit-logged and invalidates the rendered-page cache. Ballots are
 * written here too.
 */
@Service
public class Portal {

    private final ArticleRepository articles;
    private final ImageRepository images;
    private final EventRepository events;
    private final PollRepository polls;
    private final AuditLog audit;
    /** The largest side of an article photo, in pixels. */
    private static final int MAX_IMAGE_SIDE = 8000;

    private final long maxImageBytes;
    private final AtomicLong version = new AtomicLong();

    Portal(
            ArticleRepository articles,
            ImageRepository images,
            EventRepository events,
            PollRepository polls,
            AuditLog audit,
            @Value("${tochuc.portal.max-image-bytes:5242880}") long maxImageBytes) {
        this.articles = articles;
        this.images = images;
        this.events = events;
        this.polls = polls;
        this.audit = audit;
        this.maxImageBytes = maxImageBytes;
    }

    /** Changes whenever anything shown on public pages changes; cached pages of an older version are stale. */
    long version() {
        return version.get();
    }

    @Transactional
    public long saveArticle(@Nullable Long id, ArticleForm f, @Nullable Long photoId, String actor) {
        String title = required(f.title(), Texts.t("portal.error.field.title"), 300);
        String summary = required(f.summary(), Texts.t("portal.field.summary"), 2000);
        String author = required(f.author(), Texts.t("portal.error.field.author"), 60);
        String body = HtmlSanitizer.sanitize(f.body() == null ? "" : f.body());
        if (f.categoryId() == null || articles.categories().stream().noneMatch(c -> c.id() == f.categoryId())) {
            throw new BadInputException(Texts.t("portal.error.category-invalid"));
        }
        String source = blankToNull(f.sourceTag(), Texts.t("portal.field.source"), 30);
        String caption = blankToNull(f.photoCaption(), Texts.t("portal.field.caption"), 500);
        Article before =
                id == null ? null : articles.find(id).orElseThrow(() -> new NotFoundException("article " + id));
        Long photo = photoId != null ? photoId : before == null ? null : before.photoId();
        String search = VietnameseText.fold(title + " " + summary + " " + body.replaceAll("<[^>]*>", " "));
        long self = id == null ? 0 : id;
        String slug = Slugs.of(title);
        if (articles.slugTaken(slug, self)) {
            slug = slug + "-" + (id == null ? System.currentTimeMillis() % 100000 : id);
        }
        var draft = new ArticleRepository.Draft(
                f.categoryId(), slug, title, summary, body, photo, caption, author, source, search);
        long saved;
        if (id == null) {
            saved = articles.insert(draft);
            articles.addHistory(saved, ArticleStatus.DRAFT, actor, Texts.vi("portal.history.created"));
        } else {
            articles.update(id, draft);
            articles.addHistory(id, before.status(), actor, Texts.vi("portal.history.edited"));
            saved = id;
        }
        audit.record(AuditEntry.write(
                actor,
                id == null ? "PORTAL_ARTICLE_CREATE" : "PORTAL_ARTICLE_UPDATE",
                "PORTAL_ARTICLE",
                saved,
                null,
                before == null ? null : before.bodyHtml(),
                body,
                title));
        version.incrementAndGet();
        return saved;
    }

    /** Bản nháp → chờ duyệt. */
    @Transactional
    public void submit(long id, String actor) {
        move(id, ArticleStatus.DRAFT, ArticleStatus.REVIEW, actor, "PORTAL_ARTICLE_SUBMIT", null);
    }

    /** Chờ duyệt → đã đăng, stamped with the publication time. */
    @Transactional
    public void publish(long id, String actor, @Nullable OffsetDateTime at) {
        move(
                id,
                ArticleStatus.REVIEW,
                ArticleStatus.PUBLISHED,
                actor,
                "PORTAL_ARTICLE_PUBLISH",
                at == null ? OffsetDateTime.now() : at);
    }

    /** Chờ duyệt or đã đăng → bản nháp (returned for changes, or withdrawn from the site). */
    @Transactional
    public void withdraw(long id, String actor) {
        Article a = article(id);
        if (a.status() == ArticleStatus.DRAFT) {
            throw new BadInputException(Texts.t("portal.error.already-draft", a.title()));
        }
        move(id, a.status(), ArticleStatus.DRAFT, actor, "PORTAL_ARTICLE_WITHDRAW", null);
    }

    private void move(
            long id,
            ArticleStatus from,
            ArticleStatus to,
            String actor,
            String action,
            @Nullable OffsetDateTime publishedAt) {
        Article a = article(id);
        if (a.status() != from) {
            throw new BadInputException(Texts.t("portal.error.wrong-status", a.title(), label(a.status()), label(to)));
        }
        articles.setStatus(id, to, publishedAt);
        articles.addHistory(id, to, actor, null);
        audit.record(AuditEntry.write(
                actor, action, "PORTAL_ARTICLE", id, null, a.status().name(), to.name(), a.title()));
        version.incrementAndGet();
    }

    private Article article(long id) {
        return articles.find(id).orElseThrow(() -> new NotFoundException("article " + id));
    }

    private static String label(ArticleStatus s) {
        return switch (s) {
            case DRAFT -> Texts.t("portal.error.status.draft");
            case REVIEW -> Texts.t("portal.error.status.review");
            case PUBLISHED -> Texts.t("portal.error.status.published");
        };
    }

    /** Checks the bytes (size, magic bytes, real decode) and stores the photo. */
    @Transactional
    public long uploadImage(byte[] bytes, String actor) {
        vn.tochuc.web.ImageUpload.Checked meta = vn.tochuc.web.ImageUpload.check(
                bytes, maxImageBytes, MAX_IMAGE_SIDE, java.util.List.of(vn.tochuc.web.ImageUpload.Format.values()));
        long id = images.insert(meta, bytes, actor);
        audit.record(AuditEntry.write(
                actor,
                "PORTAL_IMAGE_UPLOAD",
                "PORTAL_IMAGE",
                id,
                null,
                null,
                null,
                meta.contentType() + " " + meta.width() + "x" + meta.height()));
        return id;
    }

    @Transactional
    public long createEvent(@Nullable String title, String actor) {
        long id = events.insert(required(title, Texts.t("portal.error.field.event-title"), 300), 0);
        audit.record(AuditEntry.write(actor, "PORTAL_EVENT_CREATE", "PORTAL_EVENT", id, null, null, title, null));
        version.incrementAndGet();
        return id;
    }

    @Transactional
    public void addToEvent(long eventId, long articleId, String actor) {
        if (!events.exists(eventId)) {
            throw new NotFoundException("event " + eventId);
        }
        article(articleId);
        events.addArticle(eventId, articleId);
        audit.record(AuditEntry.write(
                actor, "PORTAL_EVENT_ADD", "PORTAL_EVENT", eventId, null, null, String.valueOf(articleId), null));
        version.incrementAndGet();
    }

    @Transactional
    public void setEventActive(long eventId, boolean active, String actor) {
        events.setActive(eventId, active);
        audit.record(AuditEntry.write(
                actor, "PORTAL_EVENT_ACTIVE", "PORTAL_EVENT", eventId, null, null, String.valueOf(active), null));
        version.incrementAndGet();
    }

    @Transactional
    public long createPoll(
            @Nullable String question,
            List<String> options,
            OffsetDateTime opens,
            OffsetDateTime closes,
            String actor) {
        String q = required(question, Texts.t("portal.error.field.poll-question"), 500);
        List<String> opts = options.stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        if (opts.size() < 2 || opts.size() > 10) {
            throw new BadInputException(Texts.t("portal.error.poll-options-count"));
        }
        if (opts.stream().anyMatch(o -> o.length() > 300)) {
            throw new BadInputException(Texts.t("portal.error.poll-option-too-long"));
        }
        if (!closes.isAfter(opens)) {
            throw new BadInputException(Texts.t("portal.error.poll-closes-before-opens"));
        }
        long id = polls.insert(q, opens, closes, opts);
        audit.record(AuditEntry.write(actor, "PORTAL_POLL_CREATE", "PORTAL_POLL", id, null, null, q, null));
        version.incrementAndGet();
        return id;
    }

    @Transactional
    public void closePoll(long pollId, String actor) {
        polls.find(pollId).orElseThrow(() -> new NotFoundException("poll " + pollId));
        polls.close(pollId, OffsetDateTime.now());
        audit.record(AuditEntry.write(actor, "PORTAL_POLL_CLOSE", "PORTAL_POLL", pollId, null, null, null, null));
        version.incrementAndGet();
    }

    /** One ballot; false when this visitor already voted. The poll must be open and the option its own. */
    @Transactional
    public boolean vote(long pollId, long optionId, String voter) {
        PollView poll = polls.find(pollId).orElseThrow(() -> new NotFoundException("poll " + pollId));
        if (!poll.openAt(OffsetDateTime.now())) {
            throw new BadInputException(Texts.t("portal.error.poll-not-open", poll.question()));
        }
        if (poll.options().stream().noneMatch(o -> o.id() == optionId)) {
            throw new BadInputException(Texts.t("portal.error.poll-option-foreign"));
        }
        return polls.vote(pollId, optionId, voter);
    }

    private static String required(@Nullable String s, String what, int max) {
        String v = s == null
                ? ""
                : VietnameseText.nfc(s).replaceAll("[\\p{Z}\\t]+", " ").strip();
        if (v.isEmpty()) {
            throw new BadInputException(Texts.t("portal.error.required", what));
        }
        if (v.length() > max) {
            throw new BadInputException(Texts.t("portal.error.too-long", what, max));
        }
        return v;
    }

    private static @Nullable String blankToNull(@Nullable String s, String what, int max) {
        return s == null || s.isBlank() ? null : required(s, what, max);
    }
}
