package vn.tochuc.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the rule packs shipped in {@code data/rulepacks/*.json} into {@code eval_rule_pack} as published
 * versions, once per (code, version). Later versions are published by an ADMIN through the API, never by
 * editing these files in place.
 */
@Component
@Order(20)
class ShippedPacks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedPacks.class);

    private final RulePackRepository packs;
    private final TransactionTemplate tx;

    ShippedPacks(RulePackRepository packs, TransactionTemplate tx) {
        this.packs = packs;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:data/rulepacks/*.json");
        for (Resource file : files) {
            String json = read(file);
            RulePackDoc doc = RulePackJson.pack(json);
            PackCompiler.compile(doc); // a shipped pack that does not compile stops the start-up
            if (packs.exists(doc.code(), doc.version())) {
                continue;
            }
            try {
                tx.executeWithoutResult(s -> packs.publish(packs.insert(doc, "PUBLISHED", "SHIPPED", json, "system")));
                log.info("Rule pack {} v{} loaded", doc.code(), doc.version());
            } catch (DuplicateKeyException e) {
                log.debug("Rule pack {} v{} loaded concurrently", doc.code(), doc.version());
            }
        }
    }

    private static String read(Resource r) {
        try (var in = r.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
