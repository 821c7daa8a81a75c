package vn.tochuc.shared;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Message keys for text built in Java (errors, validation, labels), resolved by the application's Spring
 * {@link MessageSource} from the bundles in {@code messages/} (Vietnamese, English beside it), for code that
 * holds no bean: records, static checks, values. The web module hands the application's MessageSource over
 * at startup; before that (plain unit tests) the same bundles are read with the same settings
 * ({@code spring.messages.*} of application.properties).
 *
 * <p>{@link #t} answers in the locale of the current request (Vietnamese by default, and outside a request);
 * {@link #vi} always in Vietnamese, for text that goes into stored documents or the audit log. Arguments are
 * inserted as Java concatenation would print them ({@code String.valueOf}), so 2000 stays "2000" and is not
 * grouped by MessageFormat.
 */
public final class Texts {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static volatile @Nullable MessageSource source;

    private Texts() {}

    /** Called once by the web module with the application's MessageSource. */
    public static void use(MessageSource messages) {
        source = messages;
    }

    /** The text of {@code key} in the current request's language (Vietnamese outside a request). */
    public static String t(String key, @Nullable Object... args) {
        return in(currentLocale(), key, args);
    }

    /**
     * The request's locale, Vietnamese outside a request. A long job's thread may hold the locale context of the
     * request that started it after that request ended (Tomcat then refuses to read it): that is "outside a
     * request" too, never a failure of the job.
     */
    static Locale currentLocale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        if (context == null) {
            return VIETNAMESE;
        }
        try {
            Locale l = context.getLocale();
            return l == null ? VIETNAMESE : l;
        } catch (IllegalStateException ended) {
            return VIETNAMESE;
        }
    }

    /** The Vietnamese text of {@code key}: for stored documents and the audit log. */
    public static String vi(String key, @Nullable Object... args) {
        return in(VIETNAMESE, key, args);
    }

    /** The text of {@code key} in {@code locale}; the key itself when no bundle has it. */
    public static String in(Locale locale, String key, @Nullable Object... args) {
        Object[] printed = null;
        if (args != null && args.length > 0) {
            printed = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                printed[i] = String.valueOf(args[i]);
            }
        }
        return messages().getMessage(key, printed, key, locale);
    }

    private static MessageSource messages() {
        MessageSource s = source;
        if (s == null) {
            s = fromApplicationProperties();
            source = s;
        }
        return s;
    }

    private static MessageSource fromApplicationProperties() {
        Properties app = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                app.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("application.properties unreadable", e);
        }
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames(
                app.getProperty("spring.messages.basename", "messages").split("\\s*,\\s*"));
        bundles.setDefaultEncoding(app.getProperty("spring.messages.encoding", "UTF-8"));
        bundles.setFallbackToSystemLocale(
                Boolean.parseBoolean(app.getProperty("spring.messages.fallback-to-system-locale", "false")));
        return bundles;
    }
}
