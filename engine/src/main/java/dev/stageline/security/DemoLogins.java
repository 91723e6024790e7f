package dev.stageline.security;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo users whose passwords the login page may show: only those created by the first start
 * with demo data on, and only while demo data is on.
 */
@Component
class DemoLogins {

  /** Engine property set when the demo users were created. */
  static final String PROPERTY = "stageline.demo.users";
  static final List<String> USERS = List.of("designer", "manager", "pat", "sam");

  private final ManagementService managementService;
  private final boolean demo;

  DemoLogins(ManagementService managementService, @Value("${stageline.demo.enabled:true}") boolean demo) {
    this.managementService = managementService;
    this.demo = demo;
  }

  /** One demo login: its password is its user name. */
  record Login(String username, String password, String role) {
  }

  List<Login> shown() {
    if (!demo || !managementService.getProperties().containsKey(PROPERTY)) {
      return List.of();
    }
    return List.of(
        new Login("designer", "designer", "designer: draws and deploys blueprints"),
        new Login("pat", "pat", "staff: works tasks of every sample team"),
        new Login("sam", "sam", "staff: works tasks of every sample team"),
        new Login("manager", "manager", "manager: reads the dashboard"));
  }
}
