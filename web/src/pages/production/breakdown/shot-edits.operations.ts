import { graphql } from '../../../gql';

export const CreateShotMutation = graphql(`
  mutation CreateShot($input: CreateShotInput!) {
    createShot(input: $input) {
      id
      code
    }
  }
`);

export const UpdateShotMutation = graphql(`
  mutation UpdateShot($id: ID!, $input: UpdateShotInput!) {
    updateShot(id: $id, input: $input) {
      id
      code
    }
  }
`);

export const DeleteShotMutation = graphql(`
  mutation DeleteShot($id: ID!) {
    deleteShot(id: $id) {
      summary
    }
  }
`);

export const CreateTasksMutation = graphql(`
  mutation CreateTasks($input: CreateTasksInput!) {
    createTasks(input: $input) {
      created
    }
  }
`);

export const UpdateTaskMutation = graphql(`
  mutation UpdateTask($id: ID!, $input: UpdateTaskInput!) {
    updateTask(id: $id, input: $input) {
      id
    }
  }
`);

export const DeleteTaskMutation = graphql(`
  mutation DeleteTask($id: ID!) {
    deleteTask(id: $id) {
      summary
    }
  }
`);

export const ShotTaskNamesQuery = graphql(`
  query ShotTaskNames($productionId: ID!, $shotId: ID!) {
    tasks(productionId: $productionId, shotId: $shotId, first: 100) {
      totalCount
      edges {
        node {
          id
          taskType {
            name
          }
        }
      }
    }
  }
`);
