package vn.tochuc.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

public class ImageUploadTests {

    static final List<ImageUpload.Format> ALL = List.of(ImageUpload.Format.values());

    static ImageUpload.Checked check(byte[] bytes, long maxBytes) {
        return ImageUpload.check(bytes, maxBytes, 8000, ALL);
    }

    public static byte[] image(String format, int w, int h) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "gif"})
    void acceptsRealImages(String format) throws IOException {
        ImageUpload.Checked c = check(image(format, 40, 30), 1_000_000);
        assertThat(c.width()).isEqualTo(40);
        assertThat(c.height()).isEqualTo(30);
        assertThat(c.contentType()).startsWith("image/");
    }

    @Test
    void refusesTextPosingAsAnImage() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> check(html, 1_000_000))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("không phải là ảnh");
    }

    @Test
    void refusesMagicBytesFollowedByGarbage() throws IOException {
        byte[] png = image("png", 40, 30);
        byte[] broken = Arrays.copyOf(png, 60);
        assertThatThrownBy(() -> check(broken, 1_000_000)).isInstanceOf(BadInputException.class);
        byte[] jpegHeaderThenText =
                "\u00ff\u00d8\u00ff<?php system($_GET['c']); ?>".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> check(jpegHeaderThenText, 1_000_000)).isInstanceOf(BadInputException.class);
    }

    @Test
    void refusesOversizedAndEmptyUploads() throws IOException {
        byte[] png = image("png", 400, 300);
        assertThatThrownBy(() -> check(png, png.length - 1))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("dung lượng");
        assertThatThrownBy(() -> check(new byte[0], 100)).isInstanceOf(BadInputException.class);
    }

    @Test
    void refusesDecompressionBombsBeforeDecoding() throws IOException {
        byte[] png = image("png", 1, 1);
        // IHDR width/height are bytes 16..23: declare 50000 x 50000 pixels.
        byte[] bomb = png.clone();
        bomb[16] = 0;
        bomb[17] = 0;
        bomb[18] = (byte) 0xC3;
        bomb[19] = 0x50;
        bomb[20] = 0;
        bomb[21] = 0;
        bomb[22] = (byte) 0xC3;
        bomb[23] = 0x50;
        assertThatThrownBy(() -> check(bomb, 1_000_000)).isInstanceOf(BadInputException.class);
    }

    @Test
    void refusesAFormatTheCallerDoesNotAllow() throws IOException {
        byte[] gif = image("gif", 10, 10);
        assertThatThrownBy(() -> ImageUpload.check(
                        gif, 1_000_000, 100, List.of(ImageUpload.Format.JPEG, ImageUpload.Format.PNG)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("phải là tệp JPEG hoặc PNG");
        assertThatThrownBy(() -> ImageUpload.check(image("png", 200, 10), 1_000_000, 100, ALL))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("200×10");
    }
}
