package vn.tochuc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** A long job that outlives its request still gets its texts (CI's kill -9 batch failed on this). */
class TextsLocaleTests {

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    @DisplayName("A locale context whose request has ended reads as Vietnamese, not as a failure")
    void endedRequest() {
        LocaleContextHolder.setLocaleContext(() -> {
            throw new IllegalStateException("The request object has been recycled");
        });
        assertThat(Texts.currentLocale()).isEqualTo(Texts.VIETNAMESE);
        assertThat(Texts.t("eval.err.pack.noCode")).isEqualTo(Texts.vi("eval.err.pack.noCode"));
    }
}
