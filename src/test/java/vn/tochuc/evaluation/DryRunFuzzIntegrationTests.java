package vn.tochuc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.tochuc.Sessions;

/** Random mutations of every documented example and of every shipped pack: the dry-run answers 200 or 400. */
@SpringBootTest
@AutoConfigureMockMvc
class DryRunFuzzIntegrationTests {

    static final String[] FILES = TestPacks.FILES;
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0}")
    @FieldSource("FILES")
    @DisplayName("dry-run: 40 mutated requests and draft packs per shipped pack, never a 500")
    void neverA500(String file) throws Exception {
        Random random = new Random(file.hashCode());
        JsonNode example =
                RulePackJson.JSON.readTree(TestPacks.json(file)).get("example").get("request");
        JsonNode pack = RulePackJson.JSON.readTree(TestPacks.json(file));
        for (int i = 0; i < 40; i++) {
            JsonNode request = example.deepCopy();
            if (i % 2 == 0) {
                mutate(request, random);
            } else {
                JsonNode draft = pack.deepCopy();
                mutate(draft, random);
                ((ObjectNode) request).set("packBody", draft);
            }
            var r = mvc.perform(post("/api/evaluation/dry-run")
                            .with(httpBasic("admin", Sessions.ADMIN_PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(request.toString()))
                    .andReturn();
            assertThat(r.getResponse().getStatus()).as(request.toString()).isIn(200, 400);
        }
    }

    /** Replaces one random node with a value of another type, or removes it. */
    static void mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode parent = containers.get(random.nextInt(containers.size()));
        JsonNode value = switch (random.nextInt(8)) {
            case 0 -> F.nullNode();
            case 1 -> F.stringNode("x");
            case 2 -> F.numberNode(1e308);
            case 3 -> F.numberNode(-1);
            case 4 -> F.arrayNode();
            case 5 -> F.objectNode();
            case 6 -> F.booleanNode(true);
            default -> null;
        };
        if (parent instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>(o.propertyNames());
            String name = names.get(random.nextInt(names.size()));
            if (value == null) {
                o.remove(name);
            } else {
                o.set(name, value);
            }
        } else if (parent instanceof ArrayNode a && !a.isEmpty()) {
            int index = random.nextInt(a.size());
            if (value == null) {
                a.remove(index);
            } else {
                a.set(index, value);
            }
        }
    }

    static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainer()) {
            out.add(node);
            for (JsonNode child : node.values()) {
                collect(child, out);
            }
        }
    }
}
