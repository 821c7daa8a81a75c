package vn.tochuc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** tochuc: công tác tổ chức xây dựng Đảng. Modules are the direct sub-packages of this one. */
@SpringBootApplication
public class TochucApplication {

    public static void main(String[] args) {
        SpringApplication.run(TochucApplication.class, args);
    }
}
