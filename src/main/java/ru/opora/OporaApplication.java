package ru.opora;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OporaApplication {

	public static void main(String[] args) {
		SpringApplication.run(OporaApplication.class, args);
	}

}
