package vn.tochuc.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Vietnamese data kept out of Java (demo articles, names, units and posts under {@code data/demo/}): read from
 * the classpath, UTF-8. Message keys are for visible text; this is for data the demo generators write.
 */
public final class DataFiles {

    private DataFiles() {}

    /** A UTF-8 properties file of the classpath, e.g. {@code /data/demo/portal.properties}. */
    public static Properties properties(String resource) {
        Properties p = new Properties();
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
