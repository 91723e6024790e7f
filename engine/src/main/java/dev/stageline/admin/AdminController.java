package dev.stageline.admin;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users, roles and teams for admins (the security configuration lets only admins in). */
@RestController
@RequestMapping("/api/admin")
class AdminController {

  private final UserAdministration users;

  AdminController(UserAdministration users) {
    this.users = users;
  }

  /** A new user; {@code groups} are role groups and teams it joins. */
  record NewUser(String id, String firstName, String lastName, String password, List<String> groups) {
  }

  /** A new team (a Camunda group a lane's role can name). */
  record NewTeam(String id, String name) {
  }

  @GetMapping("/users")
  List<UserAdministration.UserView> listUsers() {
    return users.users();
  }

  @PostMapping("/users")
  @ResponseStatus(HttpStatus.CREATED)
  UserAdministration.UserView createUser(@RequestBody NewUser user) {
    return users.create(user);
  }

  @GetMapping("/groups")
  List<UserAdministration.GroupView> listGroups() {
    return users.groups();
  }

  @PostMapping("/groups")
  @ResponseStatus(HttpStatus.CREATED)
  UserAdministration.GroupView createTeam(@RequestBody NewTeam team) {
    return users.createTeam(team);
  }

  @PutMapping("/users/{userId}/groups/{groupId}")
  UserAdministration.UserView join(@PathVariable String userId, @PathVariable String groupId) {
    return users.join(userId, groupId);
  }

  @DeleteMapping("/users/{userId}/groups/{groupId}")
  UserAdministration.UserView leave(@PathVariable String userId, @PathVariable String groupId) {
    return users.leave(userId, groupId);
  }
}
