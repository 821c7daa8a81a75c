package vn.tochuc.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /api/docs: title, and the two ways to authenticate. */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI tochucOpenApi() {
        return new OpenAPI()
                .info(new Info().title("tochuc API").version("1")
                        .description("Công tác tổ chức xây dựng Đảng. Mọi lời gọi /api/** cần HTTP Basic hoặc mã truy cập "
                                + "cá nhân (Authorization: Bearer tcu_…); dữ liệu trả về chỉ thuộc phạm vi đơn vị của "
                                + "người gọi. Lỗi trả về dạng application/problem+json."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("tcu_…")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
