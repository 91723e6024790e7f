package dev.stageline.admin;

import dev.stageline.security.Roles;
import dev.stageline.web.ApiException;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Creates users and teams in the engine's identity service and manages who belongs where. */
@Service
class UserAdministration {

  private static final Pattern ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}");
  private static final int MIN_PASSWORD = 8;
  private static final int MAX_LIST = 1000;

  private final IdentityService identityService;

  UserAdministration(IdentityService identityService) {
    this.identityService = identityService;
  }

  record UserView(String id, String firstName, String lastName, List<String> groups) {
  }

  record GroupView(String id, String name, String type) {
  }

  List<UserView> users() {
    return identityService.createUserQuery().orderByUserId().asc().listPage(0, MAX_LIST).stream()
        .map(this::view).toList();
  }

  List<GroupView> groups() {
    return identityService.createGroupQuery().orderByGroupId().asc().listPage(0, MAX_LIST).stream()
        .map(group -> new GroupView(group.getId(), group.getName(), group.getType())).toList();
  }

  UserView create(AdminController.NewUser request) {
    String id = checkId(request.id(), "user");
    if (identityService.createUserQuery().userId(id).count() > 0) {
      throw ApiException.conflict("A user with the id '" + id + "' exists already.");
    }
    if (request.password() == null || request.password().length() < MIN_PASSWORD) {
      throw ApiException.badRequest("The password must have at least " + MIN_PASSWORD + " characters.");
    }
    List<String> groups = request.groups() == null ? List.of() : request.groups();
    groups.forEach(this::existingGroup);
    User user = identityService.newUser(id);
    user.setFirstName(trimmed(request.firstName()));
    user.setLastName(trimmed(request.lastName()));
    user.setPassword(request.password());
    identityService.saveUser(user);
    groups.forEach(group -> identityService.createMembership(id, group));
    return view(existingUser(id));
  }

  GroupView createTeam(AdminController.NewTeam request) {
    String id = checkId(request.id(), "team");
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      throw ApiException.conflict("A team or role with the id '" + id + "' exists already.");
    }
    Group group = identityService.newGroup(id);
    group.setName(request.name() == null || request.name().isBlank() ? id : request.name().trim());
    group.setType("WORKFLOW");
    identityService.saveGroup(group);
    return new GroupView(group.getId(), group.getName(), group.getType());
  }

  UserView join(String userId, String groupId) {
    User user = existingUser(userId);
    existingGroup(groupId);
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
    return view(user);
  }

  UserView leave(String userId, String groupId) {
    User user = existingUser(userId);
    existingGroup(groupId);
    if (Roles.ADMINS.equals(groupId)
        && identityService.createUserQuery().memberOfGroup(Roles.ADMINS).count() == 1
        && identityService.createUserQuery().userId(userId).memberOfGroup(Roles.ADMINS).count() == 1) {
      throw ApiException.conflict("'" + userId + "' is the last admin; make someone else an admin first.");
    }
    identityService.deleteMembership(userId, groupId);
    return view(user);
  }

  private UserView view(User user) {
    List<String> groups = identityService.createGroupQuery().groupMember(user.getId()).orderByGroupId().asc()
        .listPage(0, MAX_LIST).stream().map(Group::getId).toList();
    return new UserView(user.getId(), user.getFirstName(), user.getLastName(), groups);
  }

  private User existingUser(String id) {
    User user = identityService.createUserQuery().userId(id).singleResult();
    if (user == null) {
      throw ApiException.notFound("There is no user with the id '" + id + "'.");
    }
    return user;
  }

  private void existingGroup(String id) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      throw ApiException.notFound("There is no team or role with the id '" + id + "'; create the team first.");
    }
  }

  private static String checkId(String id, String what) {
    if (id == null || !ID.matcher(id).matches()) {
      throw ApiException.badRequest("The " + what + " id '" + id
          + "' is not allowed: use letters, digits, '.', '_' or '-' (up to 64), starting with a letter or digit.");
    }
    return id;
  }

  private static String trimmed(String value) {
    return value == null ? null : value.trim();
  }
}
