export * from '@goldenthread/charts/history';
