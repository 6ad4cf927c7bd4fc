export * from '@goldenthread/charts/heatmap';
