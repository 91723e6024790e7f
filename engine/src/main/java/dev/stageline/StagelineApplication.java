package dev.stageline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Stageline: service blueprints drawn in BPMN, run on embedded Camunda 7, measured against their targets. */
@SpringBootApplication
public class StagelineApplication {

  public static void main(String[] args) {
    SpringApplication.run(StagelineApplication.class, args);
  }
}
